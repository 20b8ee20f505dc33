import { useTranslations } from 'next-intl';
import type { SearchQuery } from '@/lib/domain/schemas';

/** Search within one supplier's shop: a GET form to the shop's own page. */
export function ShopSearch({ base, query }: { base: string; query: SearchQuery }) {
  const t = useTranslations('SupplierPage');
  return (
    <form
      action={base}
      method="get"
      role="search"
      aria-label={t('formLabel')}
      className="flex w-full max-w-md"
    >
      {query.sort !== 'relevance' ? <input type="hidden" name="sort" value={query.sort} /> : null}
      <label htmlFor="shop-q" className="sr-only">
        {t('searchLabel')}
      </label>
      <input
        id="shop-q"
        name="q"
        type="search"
        defaultValue={query.q}
        maxLength={200}
        placeholder={t('placeholder')}
        className="min-w-0 flex-1 rounded-l-lg border border-r-0 border-slate-300 bg-white px-3 py-2 text-sm placeholder:text-slate-500"
      />
      <button
        type="submit"
        className="rounded-r-lg bg-brand-600 px-4 text-sm font-semibold text-white hover:bg-brand-700"
      >
        {t('submit')}
      </button>
    </form>
  );
}
