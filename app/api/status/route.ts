import { isOperator } from '@/lib/http/operator';
import { jsonRoute, methods } from '@/lib/http/route';
import { getPublicStatus, getStatus } from '@/lib/status';

export const dynamic = 'force-dynamic';

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = methods({
  GET: jsonRoute(async (request) =>
    isOperator(request.headers) ? getStatus({ operator: true }) : getPublicStatus(),
  ),
});
