/**
 * The one wrapper every JSON route handler goes through: it runs the handler, wraps the
 * result as `{ data, source }`, and turns every failure into `{ error: { code, message } }`
 * with the status of the error table. Unexpected errors become a 500 without details.
 */
import 'server-only';
import { invalidRequest, isAppError } from '@/lib/domain/errors';
import { offerId } from '@/lib/domain/schemas';
import { type CatalogResult, getDataSource } from '@/lib/catalog';

export type ErrorBody = { error: { code: string; message: string; hint?: string } };

export function errorResponse(error: unknown): Response {
  if (isAppError(error)) {
    const body: ErrorBody = { error: { code: error.code, message: error.message } };
    if (error.hint) body.error.hint = error.hint;
    const headers = new Headers({ 'Cache-Control': 'no-store' });
    const retryAfter =
      error.retryAfterS ?? (error.status >= 500 ? 30 : error.status === 429 ? 5 : undefined);
    if (retryAfter !== undefined) headers.set('Retry-After', String(Math.ceil(retryAfter)));
    return Response.json(body, { status: error.status, headers });
  }
  console.error(
    'Unexpected error in a route handler:',
    error instanceof Error ? error.name : typeof error,
  );
  const body: ErrorBody = {
    error: { code: 'internal_error', message: 'Something went wrong on our side. Try again.' },
  };
  return Response.json(body, { status: 500, headers: { 'Cache-Control': 'no-store' } });
}

/**
 * Catalog answers are the same for every caller: an HTTP cache in front may keep them for a
 * minute, and serve them up to five more while it fetches a fresh copy.
 */
export const CATALOG_CACHE = 'public, s-maxage=60, stale-while-revalidate=300';

type Context<P> = { params: Promise<P> };

/** Catalog answers carry their own source, fetch time and staleness. */
function isCatalogResult(value: unknown): value is CatalogResult<unknown> {
  return (
    typeof value === 'object' &&
    value !== null &&
    'data' in value &&
    'fetchedAt' in value &&
    'stale' in value
  );
}

/** Wraps a handler that returns domain data; the response says which source served it. */
export function jsonRoute<P = Record<string, never>>(
  handler: (request: Request, params: P) => Promise<unknown>,
  options: { cache?: string } = {},
) {
  return async (request: Request, context: Context<P>): Promise<Response> => {
    try {
      const params = await context.params;
      const result = await handler(request, params);
      const body = isCatalogResult(result)
        ? result
        : { data: result, source: getDataSource().source };
      return Response.json(body, { headers: { 'Cache-Control': options.cache ?? 'no-store' } });
    } catch (error) {
      return errorResponse(error);
    }
  };
}

const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] as const;
type Method = (typeof METHODS)[number];
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each route has its own params
type Handler = (request: Request, context?: any) => Promise<Response> | Response;
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each route has its own params
type AsyncHandler = (request: Request, context?: any) => Promise<Response>;

/**
 * A route's handlers for every method: the ones it has, an OPTIONS that lists them, and for
 * the rest a 405 in the API's JSON shape with the `Allow` header (Next.js alone answers those
 * with an empty body).
 *
 *   export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = methods({ GET: jsonRoute(…) });
 */
export function methods(handlers: Partial<Record<Method, Handler>>): Record<Method, AsyncHandler> {
  const own = METHODS.filter((m) => handlers[m]);
  const allow = [...own, ...(own.includes('GET') ? ['HEAD'] : []), 'OPTIONS'].join(', ');
  const refuse: Handler = (request) =>
    Response.json(
      {
        error: {
          code: 'method_not_allowed',
          message: `${request.method} is not allowed here; use ${allow}.`,
        },
      },
      { status: 405, headers: { Allow: allow, 'Cache-Control': 'no-store' } },
    );
  const options: Handler = () =>
    new Response(null, { status: 204, headers: { Allow: allow, 'Cache-Control': 'no-store' } });
  return Object.fromEntries(
    METHODS.map((m) => {
      const handler = handlers[m] ?? (m === 'OPTIONS' ? options : refuse);
      return [m, async (request: Request, context?: unknown) => handler(request, context)];
    }),
  ) as Record<Method, AsyncHandler>;
}

/** An offer id from a route segment, or a 400 that says what is allowed. */
export function offerIdParam(id: string): string {
  if (!offerId.safeParse(id).success) {
    throw invalidRequest('id', 'id must be a numeric 1688 offer id of up to 20 digits');
  }
  return id;
}
