'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useRouter } from '@/i18n/navigation';
import { type Locale, localizePath } from '@/lib/domain/locales';
import { SORT_ORDERS, searchHref } from '@/lib/domain/search-links';
import { announceNavigation } from '@/components/layout/navigation-events';
import type { SearchQuery, SortOrder } from '@/lib/domain/schemas';

/**
 * Sort control: navigates at once with JavaScript, submits as a GET form without it. It lists
 * the sorts the serving catalog offers (1688 has no "newest"). `base` is the search's page: the
 * catalog's (`/products`) or a supplier's shop.
 */
export function SortSelect({
  query,
  base = '/products',
  sorts = SORT_ORDERS,
}: {
  query: SearchQuery;
  base?: string;
  sorts?: readonly SortOrder[];
}) {
  const t = useTranslations('Sort');
  const locale = useLocale() as Locale;
  const router = useRouter();
  const { sort: _sort, page: _page, ...rest } = query;
  const kept = new URLSearchParams(searchHref(rest).split('?')[1] ?? '');
  return (
    <form action={localizePath(locale, base)} method="get" className="flex items-center gap-2">
      {[...kept].map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <label htmlFor="sort" className="text-sm text-slate-700">
        {t('label')}
      </label>
      <select
        id="sort"
        name="sort"
        defaultValue={query.sort}
        onChange={(e) => {
          const href = searchHref(
            { ...rest, sort: e.currentTarget.value as SortOrder, page: 1 },
            base,
          );
          announceNavigation(localizePath(locale, href));
          router.push(href);
        }}
        className="rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm"
      >
        {sorts.map((s) => (
          <option key={s} value={s}>
            {t(s)}
          </option>
        ))}
      </select>
      <noscript>
        <button type="submit" className="rounded-md border border-slate-300 px-2 py-1.5 text-sm">
          {t('submit')}
        </button>
      </noscript>
    </form>
  );
}
