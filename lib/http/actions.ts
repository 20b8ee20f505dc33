/**
 * Actions posted from pifa's own pages: as plain forms (answered with a redirect back, so they
 * work without JavaScript) or with fetch (answered with JSON). Each refuses a request another
 * site started; operator actions also need the operator's credential.
 */
import 'server-only';
import { readConfig } from '@/lib/catalog/config';
import { forbidden, isOperator } from './operator';
import { errorResponse } from './route';
import { assertSameOrigin } from './same-origin';

export function wantsJson(request: Request): boolean {
  return (request.headers.get('accept') ?? '').includes('application/json');
}

export function backToStatus(query = ''): Response {
  return new Response(null, {
    status: 303,
    headers: { Location: `/api-status${query}`, 'Cache-Control': 'no-store' },
  });
}

/** Runs `action` for a request from one of pifa's pages; anything else gets 403. */
export async function pageAction(
  request: Request,
  action: () => Promise<Response>,
): Promise<Response> {
  try {
    assertSameOrigin(request, readConfig().NEXT_PUBLIC_SITE_URL);
    return await action();
  } catch (error) {
    return errorResponse(error);
  }
}

/** Runs `action` for the operator only, from one of pifa's pages or with a bearer token. */
export async function operatorAction(
  request: Request,
  action: () => Promise<unknown>,
): Promise<Response> {
  return pageAction(request, async () => {
    if (!isOperator(request.headers)) throw forbidden();
    const data = await action();
    return wantsJson(request)
      ? Response.json({ data }, { headers: { 'Cache-Control': 'no-store' } })
      : backToStatus();
  });
}
