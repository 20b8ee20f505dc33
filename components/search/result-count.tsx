import { type Capabilities, localFiltersOf } from '@/lib/domain/capabilities';
import type { SearchPage, SearchQuery } from '@/lib/domain/schemas';
import { FILTER_LABELS } from './filter-labels';

const count = new Intl.NumberFormat('en-US');

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
  const local = localFiltersOf(query, capabilities);
  const noun = page.total === 1 ? 'offer' : 'offers';
  return (
    <div className="text-sm text-slate-600">
      <p data-testid="result-count">
        {page.approximate ? 'about ' : ''}
        {count.format(page.total)} {noun}
        {within ? ` in ${within}` : ''}
        {page.totalPages > 1 ? ` · page ${page.page} of ${count.format(page.totalPages)}` : ''}
      </p>
      {page.approximate && local.length > 0 ? (
        <p className="text-xs" data-testid="count-note">
          {local.map((f) => `“${FILTER_LABELS[f]}”`).join(' and ')}{' '}
          {local.length === 1 ? 'is' : 'are'} checked by pifa on 1688’s results, so the count is an
          estimate
          {page.reachable !== undefined
            ? `; pifa looked through the first offers and found ${count.format(page.reachable)}`
            : ''}
          .
        </p>
      ) : null}
    </div>
  );
}
