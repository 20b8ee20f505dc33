import { methods } from '@/lib/http/route';

/** Any other /api address: a 404 in the API's JSON shape, whatever the method. */
const missing = (request: Request) =>
  Response.json(
    {
      error: {
        code: 'not_found',
        message: `There is no API at ${new URL(request.url).pathname}. See the README for the routes.`,
      },
    },
    { status: 404, headers: { 'Cache-Control': 'no-store' } },
  );

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = methods({
  GET: missing,
  POST: missing,
  PUT: missing,
  PATCH: missing,
  DELETE: missing,
  OPTIONS: missing,
});
