import { formatCny } from '@/lib/domain/currency';
import { fromFen } from '@/lib/domain/pricing';
import { Approx } from './approx';

/** An amount in fen shown in CNY, with its approximate value in the shopper's currency. */
export function Money({
  fen,
  className = '',
  approx = true,
  testId,
}: {
  fen: number;
  className?: string;
  approx?: boolean;
  testId?: string;
}) {
  return (
    <span className="inline-flex flex-wrap items-baseline gap-x-1">
      <span className={className} data-testid={testId}>
        {formatCny(fromFen(fen))}
      </span>
      {approx ? (
        <span className="text-xs font-normal text-slate-600">
          <Approx min={fromFen(fen)} />
        </span>
      ) : null}
    </span>
  );
}
