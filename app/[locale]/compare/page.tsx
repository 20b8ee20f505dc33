import type { Metadata } from 'next';
import { Suspense } from 'react';
import { CompareView } from '@/components/compare/compare-view';
import { Skeleton } from '@/components/ui/skeleton';

export const metadata: Metadata = {
  title: 'Compare offers',
  robots: { index: false, follow: true },
};

/**
 * `/compare?ids=…&qty=…`. The page must not read its query on the server (that would make it
 * dynamic and uncacheable), and a proxy rewrite would cache one page per comparison for little
 * gain: the offers come from the API's cache anyway. So this is one cached shell, and
 * CompareView reads the query with useSearchParams in the browser, inside Suspense.
 */
export const revalidate = 3600;

export default function ComparePage() {
  return (
    <div className="space-y-4">
      <div>
        <h1 className="text-2xl font-semibold">Compare offers</h1>
        <p className="text-sm text-slate-600">
          Up to four offers side by side at the quantity you mean to buy; the best value in each row
          is marked.
        </p>
      </div>
      <Suspense
        fallback={
          <div
            role="status"
            aria-busy="true"
            aria-label="Loading the comparison"
            className="grid gap-4 md:grid-cols-3"
          >
            <Skeleton className="h-96 w-full" />
            <Skeleton className="h-96 w-full" />
            <Skeleton className="h-96 w-full" />
          </div>
        }
      >
        <CompareView />
      </Suspense>
    </div>
  );
}
