import { ProductGridSkeleton, Skeleton } from '@/components/ui/skeleton';

export default function Loading() {
  return (
    <div className="space-y-6" role="status" aria-label="Loading the supplier">
      <Skeleton className="h-44 w-full" />
      <Skeleton className="h-8 w-64" />
      <ProductGridSkeleton />
    </div>
  );
}
