import { useTranslations } from 'next-intl';
import { CatalogLink as Link } from '@/components/ui/catalog-link';
import {
  hasSupplierPage,
  SupplierScores,
  SupplierSummary,
} from '@/components/supplier/supplier-facts';
import type { Product, Supplier } from '@/lib/domain/schemas';

export function AttributesTable({ attributes }: { attributes: Product['attributes'] }) {
  const t = useTranslations('Details');
  if (attributes.length === 0) return null;
  return (
    <section
      aria-labelledby="attributes"
      className="rounded-xl border border-slate-200 bg-white p-4"
    >
      <h2 id="attributes" className="font-semibold">
        {t('specifications')}
      </h2>
      <dl className="mt-3 grid grid-cols-1 gap-x-6 gap-y-2 text-sm sm:grid-cols-2">
        {attributes.map((a) => (
          <div key={`${a.name}:${a.value}`} className="flex gap-2 border-b border-slate-100 pb-1">
            <dt className="w-32 shrink-0 text-slate-600">
              {a.name}
              {a.nameZh && a.nameZh !== a.name ? (
                <span lang="zh" className="block text-xs">
                  {a.nameZh}
                </span>
              ) : null}
            </dt>
            <dd>
              {a.value}
              {a.valueZh && a.valueZh !== a.value ? (
                <span lang="zh" className="block text-xs text-slate-500">
                  {a.valueZh}
                </span>
              ) : null}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

/**
 * The supplier's name: the translated one with the Chinese beside it, or, when 1688 gives no
 * translation, the Chinese name said to be one (a buyer who doesn't read it knows what it is).
 */
export function SupplierName({ supplier }: { supplier: Pick<Supplier, 'name' | 'nameZh'> }) {
  const t = useTranslations('Details');
  const untranslated = supplier.nameZh !== undefined && supplier.name === supplier.nameZh;
  return (
    <>
      <p className="mt-2 font-medium">
        <span lang={untranslated ? 'zh' : undefined}>{supplier.name}</span>
        {untranslated ? (
          <span className="ml-1 text-xs font-normal text-slate-500">({t('chineseName')})</span>
        ) : null}
      </p>
      {supplier.nameZh && !untranslated ? (
        <p lang="zh" className="text-sm text-slate-600">
          {supplier.nameZh}
        </p>
      ) : null}
    </>
  );
}

export function SupplierCard({ supplier }: { supplier: Product['supplier'] }) {
  const t = useTranslations('Details');
  return (
    <section aria-labelledby="supplier" className="rounded-xl border border-slate-200 bg-white p-4">
      <h2 id="supplier" className="font-semibold">
        {t('supplier')}
      </h2>
      <SupplierName supplier={supplier} />
      <div className="mt-1">
        <SupplierSummary supplier={supplier} />
      </div>
      <SupplierScores supplier={supplier} />
      {hasSupplierPage(supplier.id) ? (
        <p className="mt-3 text-sm font-medium">
          <Link href={`/suppliers/${supplier.id}`} className="text-brand-700 hover:underline">
            {t('visitShop')} →
          </Link>
        </p>
      ) : null}
    </section>
  );
}

export function ShippingInfo({
  shipping,
  shipsIn48h,
}: {
  shipping: Product['shipping'];
  shipsIn48h: boolean;
}) {
  const t = useTranslations('Details');
  const d = shipping.dimensionsCm;
  return (
    <section aria-labelledby="shipping" className="rounded-xl border border-slate-200 bg-white p-4">
      <h2 id="shipping" className="font-semibold">
        {t('shipping')}
      </h2>
      <dl className="mt-2 space-y-1 text-sm">
        <div className="flex gap-2">
          <dt className="w-28 text-slate-600">{t('shipsFrom')}</dt>
          <dd>{shipping.from}</dd>
        </div>
        <div className="flex gap-2">
          <dt className="w-28 text-slate-600">{t('dispatch')}</dt>
          <dd>{shipsIn48h ? t('within48h') : t('agreed')}</dd>
        </div>
        {shipping.weightKg !== undefined ? (
          <div className="flex gap-2">
            <dt className="w-28 text-slate-600">{t('unitWeight')}</dt>
            <dd>{t('kg', { weight: shipping.weightKg })}</dd>
          </div>
        ) : null}
        {d ? (
          <div className="flex gap-2">
            <dt className="w-28 text-slate-600">{t('package')}</dt>
            <dd>{t('cm', { length: d.length, width: d.width, height: d.height })}</dd>
          </div>
        ) : null}
      </dl>
    </section>
  );
}
