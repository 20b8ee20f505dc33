import { useFormatter, useTranslations } from 'next-intl';
import { type Capabilities, localFiltersOf } from '@/lib/domain/capabilities';
import type { SearchPage, SearchQuery } from '@/lib/domain/schemas';

/**
 * "452 offers", or "about 120 offers" when the count is an estimate: a filter pifa applies to
 * 1688's rows itself, or rows that could not be shown. Never a total that counts offers the
 * page then hides.
 */
export function ResultCount({
  page,
  within,
  capabilities,
  query,
}: {
  page: SearchPage;
  within?: string;
  capabilities: Capabilities;
  query: SearchQuery;
}) {
  const t = useTranslations('Results');
  const filters = useTranslations('Filters');
  const format = useFormatter();
  const local = localFiltersOf(query, capabilities);
  const offers = t(page.approximate ? 'aboutOffers' : 'offers', { count: page.total });
  return (
    <div className="text-sm text-slate-600">
      <p data-testid="result-count">
        {within ? t('offersIn', { offers, within }) : offers}
        {page.totalPages > 1
          ? ` · ${t('pageOf', { page: page.page, pages: format.number(page.totalPages) })}`
          : ''}
      </p>
      {page.approximate && local.length > 0 ? (
        <p className="text-xs" data-testid="count-note">
          {t('estimate', {
            filters: format.list(local.map((f) => `“${filters(f)}”`)),
            count: local.length,
          })}
          {page.reachable !== undefined ? t('reachable', { count: page.reachable }) : ''}.
        </p>
      ) : null}
    </div>
  );
}
