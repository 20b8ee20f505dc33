import { useLocale, useTranslations } from 'next-intl';
import { CatalogLink as Link } from '@/components/ui/catalog-link';
import { type Locale, localizePath } from '@/lib/domain/locales';
import type { Capabilities, FilterName } from '@/lib/domain/capabilities';
import { searchHref } from '@/lib/domain/search-links';
import type { Category, SearchQuery } from '@/lib/domain/schemas';

/** Said under a filter that pifa applies to 1688's rows itself (the count is then an estimate). */
function LocalNote({ capabilities, name }: { capabilities: Capabilities; name: FilterName }) {
  const t = useTranslations('Filters');
  if (capabilities.filters[name] !== 'local') return null;
  return <p className="mt-1 text-xs text-slate-500">{t('localNote')}</p>;
}

/** The yes/no filters, in the order the panel shows them. */
const CHECKBOXES = ['factoryOnly', 'shipsIn48h', 'onePiece'] as const satisfies FilterName[];

/** A yes/no filter: ticked, the form sends `name=true`. */
function FilterCheckbox({
  name,
  checked,
  label,
}: {
  name: string;
  checked: boolean;
  label: string;
}) {
  return (
    <label className="flex items-center gap-2">
      <input
        type="checkbox"
        name={name}
        value="true"
        defaultChecked={checked}
        className="size-4 accent-brand-600"
      />
      {label}
    </label>
  );
}

/**
 * The filters a wholesale buyer uses, as a GET form: the URL holds the whole search, so
 * results are shareable and the back button works, with or without JavaScript. Only the
 * filters the serving catalog can apply are offered.
 */
export function FilterPanel({
  query,
  path,
  subcategories,
  capabilities,
}: {
  query: SearchQuery;
  path: Category[];
  /** The current category's subcategories, or the top level. */
  subcategories: Category[];
  capabilities: Capabilities;
}) {
  const t = useTranslations('Filters');
  const locale = useLocale() as Locale;
  const current = path[path.length - 1];
  const parent = path.length > 1 ? path[path.length - 2] : undefined;
  const has = (name: FilterName) => capabilities.filters[name] !== undefined;
  return (
    <aside
      aria-label={t('label')}
      className="space-y-6 rounded-xl border border-slate-200 bg-white p-4"
    >
      <section>
        <h2 className="text-sm font-semibold">{t('category')}</h2>
        {current ? (
          <p className="mt-2 text-sm">
            <Link
              href={searchHref({ ...query, category: parent?.id, page: 1 })}
              className="text-brand-700 hover:underline"
            >
              ← {parent ? parent.name : t('allCategories')}
            </Link>
          </p>
        ) : null}
        {subcategories.length > 0 ? (
          <ul className="mt-2 space-y-1 text-sm">
            {subcategories.map((c) => (
              <li key={c.id}>
                <Link
                  href={searchHref({ ...query, category: c.id, page: 1 })}
                  className="block rounded px-1 py-0.5 hover:bg-brand-50 hover:text-brand-800"
                >
                  {c.name}{' '}
                  <span lang="zh" className="text-xs text-slate-500">
                    {c.nameZh}
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        ) : null}
      </section>

      <form action={localizePath(locale, '/products')} method="get" className="space-y-4">
        {query.image ? <input type="hidden" name="image" value={query.image} /> : null}
        {query.q ? <input type="hidden" name="q" value={query.q} /> : null}
        {query.category ? <input type="hidden" name="category" value={query.category} /> : null}
        {query.sort !== 'relevance' ? <input type="hidden" name="sort" value={query.sort} /> : null}
        {has('minPrice') && has('maxPrice') ? (
          <fieldset>
            <legend className="text-sm font-semibold">{t('unitPrice')}</legend>
            <div className="mt-2 flex items-center gap-2">
              <PriceInput
                name="minPrice"
                label={t('minPriceLabel')}
                placeholder={t('min')}
                value={query.minPrice}
              />
              <span aria-hidden>–</span>
              <PriceInput
                name="maxPrice"
                label={t('maxPriceLabel')}
                placeholder={t('max')}
                value={query.maxPrice}
              />
            </div>
            <LocalNote capabilities={capabilities} name="minPrice" />
          </fieldset>
        ) : null}
        {has('maxMoq') ? (
          <div>
            <label htmlFor="maxMoq" className="text-sm font-semibold">
              {t('maxMoq')}
            </label>
            <input
              id="maxMoq"
              name="maxMoq"
              type="number"
              min={1}
              step={1}
              inputMode="numeric"
              placeholder={t('maxMoqExample')}
              defaultValue={query.maxMoq}
              className="mt-2 w-full rounded-md border border-slate-300 px-2 py-1.5 text-sm"
            />
            <LocalNote capabilities={capabilities} name="maxMoq" />
          </div>
        ) : null}
        <fieldset className="space-y-2 text-sm">
          <legend className="font-semibold">{t('supplierShipping')}</legend>
          {CHECKBOXES.filter((name) => has(name)).map((name) => (
            <FilterCheckbox key={name} name={name} checked={query[name]} label={t(name)} />
          ))}
        </fieldset>
        <div className="flex items-center gap-3">
          <button
            type="submit"
            className="rounded-md bg-brand-600 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700"
          >
            {t('apply')}
          </button>
          <Link
            href={searchHref({
              q: query.q,
              image: query.image,
              category: query.category,
              sort: query.sort,
            })}
            className="text-sm text-slate-600 underline hover:text-brand-700"
          >
            {t('clear')}
          </Link>
        </div>
      </form>
    </aside>
  );
}

/** One end of the unit price range, in CNY. */
function PriceInput({
  name,
  label,
  placeholder,
  value,
}: {
  name: 'minPrice' | 'maxPrice';
  label: string;
  placeholder: string;
  value: number | undefined;
}) {
  return (
    <>
      <label className="sr-only" htmlFor={name}>
        {label}
      </label>
      <input
        id={name}
        name={name}
        type="number"
        min={0}
        step="0.01"
        inputMode="decimal"
        placeholder={placeholder}
        defaultValue={value}
        className="w-full rounded-md border border-slate-300 px-2 py-1.5 text-sm"
      />
    </>
  );
}
