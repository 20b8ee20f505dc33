import type { StatusReport } from '@/lib/status/schema';

const count = new Intl.NumberFormat('en-US');
const plural = (n: number, one: string, many: string) =>
  `${count.format(n)} ${n === 1 ? one : many}`;

/** What the rendered-page fast path holds and has sent, in this process. */
export function PagesInMemory({ pages }: { pages: StatusReport['pages'] }) {
  return (
    <dl className="mb-4 text-sm">
      <dt className="text-slate-600">Rendered pages in memory</dt>
      <dd data-testid="page-stats">
        {pages.enabled
          ? `${plural(pages.productPages, 'product page', 'product pages')} and ${plural(pages.otherPages, 'other page', 'other pages')} (home, categories, searches) · sent from memory ${plural(pages.sent, 'time', 'times')}${pages.notModified ? `, ${plural(pages.notModified, 'revisit', 'revisits')} answered “not modified”` : ''}`
          : 'Not used by the development server, which renders every page on each request.'}
      </dd>
    </dl>
  );
}
