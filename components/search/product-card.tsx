import { useFormatter, useLocale, useTranslations } from 'next-intl';
import { CatalogLink as Link } from '@/components/ui/catalog-link';
import { useUnits } from '@/i18n/units';
import type { ProductSummary } from '@/lib/domain/schemas';
import { hasSupplierPage } from '@/components/supplier/supplier-facts';
import { PromotionTag } from '@/components/product/promotion-note';
import { Price } from '@/components/ui/price';
import { CompareToggle } from '@/components/compare/compare-toggle';
import { formatCny } from '@/lib/domain/currency';

/**
 * `eager`: the picture is on the first screen, so it loads at once rather than when the browser
 * has laid the page out; `first` also asks for it first (it is the page's largest paint).
 */
export function ProductCard({
  product,
  eager = false,
  first = false,
}: {
  product: ProductSummary;
  eager?: boolean;
  first?: boolean;
}) {
  const t = useTranslations('Card');
  const format = useFormatter();
  const locale = useLocale();
  const units = useUnits();
  return (
    <li className="group relative flex flex-col rounded-xl border border-slate-200 bg-white p-3 shadow-sm transition hover:shadow-md focus-within:ring-2 focus-within:ring-brand-600">
      <img
        src={product.image}
        alt=""
        width={400}
        height={400}
        loading={eager ? 'eager' : 'lazy'}
        fetchPriority={first ? 'high' : undefined}
        className="aspect-square w-full rounded-lg bg-slate-100 object-cover"
      />
      <h3 className="mt-3 line-clamp-2 text-sm font-medium leading-snug">
        <Link
          href={`/products/${product.id}`}
          className="outline-none after:absolute after:inset-0"
        >
          {product.title}
        </Link>
      </h3>
      <p lang="zh" className="mt-0.5 line-clamp-1 text-xs text-slate-500">
        {product.titleZh}
      </p>
      <div className="mt-2">
        <Price min={product.price.min} max={product.price.max} />
        {product.promotion ? (
          <p className="mt-0.5">
            <PromotionTag promotion={product.promotion} />
          </p>
        ) : null}
      </div>
      {hasSupplierPage(product.supplier.id) ? (
        <p className="mt-0.5 text-xs">
          {/* 24 px tall: a touch target of its own inside the card's link. */}
          <Link
            href={`/suppliers/${product.supplier.id}`}
            className="relative z-10 inline-block max-w-full truncate py-1 align-top text-slate-600 underline-offset-2 hover:text-brand-700 hover:underline"
            aria-label={t('supplier', { name: product.supplier.name })}
          >
            {product.supplier.name}
          </Link>
        </p>
      ) : null}
      <p className="mt-1 text-xs text-slate-700">
        {t('moq', { quantity: units.count(product.moq, product.unit) })} ·{' '}
        {t('sold', { sold: format.number(product.sales30d, { notation: 'compact' }) })}
      </p>
      <p className="mt-auto flex flex-wrap items-center gap-1.5 pt-2 text-xs text-slate-600">
        {product.isFactory ? (
          <span className="rounded bg-emerald-100 px-1.5 py-0.5 font-medium text-emerald-900">
            {t('factory')}
          </span>
        ) : null}
        {product.shipsIn48h ? (
          <span className="rounded bg-sky-100 px-1.5 py-0.5 font-medium text-sky-900">
            {t('shipsIn48h')}
          </span>
        ) : null}
        {product.onePiece ? (
          <span className="rounded bg-violet-100 px-1.5 py-0.5 font-medium text-violet-900">
            {t('dropship')}
            {product.consignPrice !== undefined
              ? ` ${formatCny(product.consignPrice, locale)}`
              : ''}
          </span>
        ) : null}
        <span className="truncate">{product.supplier.location}</span>
      </p>
      <div className="pt-2">
        <CompareToggle
          item={{ id: product.id, title: product.title, image: product.image }}
          compact
        />
      </div>
    </li>
  );
}

/** The most cards a row holds (four on a wide screen). */
const FIRST_ROW = 4;

export function ProductGrid({
  products,
  label,
  id,
  onFirstScreen = false,
}: {
  products: ProductSummary[];
  label: string;
  /** Makes the list a skip link's target. */
  id?: string;
  /** The grid starts on the first screen: its first row of pictures loads at once. */
  onFirstScreen?: boolean;
}) {
  return (
    <ul
      id={id}
      tabIndex={id ? -1 : undefined}
      aria-label={label}
      className="grid grid-cols-2 gap-4 sm:grid-cols-3 lg:grid-cols-4"
    >
      {products.map((p, i) => (
        <ProductCard
          key={p.id}
          product={p}
          eager={onFirstScreen && i < FIRST_ROW}
          first={onFirstScreen && i === 0}
        />
      ))}
    </ul>
  );
}
