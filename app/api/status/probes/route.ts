import { operatorAction } from '@/lib/http/actions';
import { methods } from '@/lib/http/route';
import { getStatus } from '@/lib/status';

/** "Run checks again": the operator forces fresh probes (at most one run every few seconds). */
export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = methods({
  POST: (request) => operatorAction(request, () => getStatus({ operator: true, force: true })),
});
