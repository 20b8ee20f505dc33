import { suggest } from '@/lib/catalog';
import { invalidRequest } from '@/lib/domain/errors';
import { jsonRoute, methods } from '@/lib/http/route';

export const dynamic = 'force-dynamic';

const MAX_LENGTH = 100;

/** Typeahead: the same for every shopper, so browsers and HTTP caches may keep it a minute. */
export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = methods({
  GET: jsonRoute(
    async (request) => {
      const values = new URL(request.url).searchParams.getAll('q');
      if (values.length > 1) throw invalidRequest('q', 'q must be given at most once');
      const q = values[0] ?? '';
      if (q.length > MAX_LENGTH) {
        throw invalidRequest('q', `q must be at most ${MAX_LENGTH} characters`);
      }
      return suggest(q);
    },
    { cache: 'public, max-age=60' },
  ),
});
