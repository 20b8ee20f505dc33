import { jsonRoute } from '@/lib/http/route';
import { getStatus } from '@/lib/status';

export const dynamic = 'force-dynamic';

export const GET = jsonRoute(async () => getStatus());
