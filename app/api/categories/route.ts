import { getCategories } from '@/lib/catalog';
import { jsonRoute } from '@/lib/http/route';

export const dynamic = 'force-dynamic';

export const GET = jsonRoute(async () => getCategories());
