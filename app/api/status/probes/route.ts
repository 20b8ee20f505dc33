import { operatorAction } from '@/lib/http/actions';
import { getStatus } from '@/lib/status';

/** "Run checks again": the operator forces fresh probes (at most one run every few seconds). */
export async function POST(request: Request) {
  return operatorAction(request, () => getStatus({ force: true }));
}
