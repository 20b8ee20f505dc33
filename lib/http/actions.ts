/**
 * Operator actions posted from the status page: as plain forms (answered with a redirect back
 * to the page, so they work without JavaScript) or with fetch (answered with JSON).
 */
import 'server-only';
import { forbidden, isOperator } from './operator';
import { errorResponse } from './route';

export function wantsJson(request: Request): boolean {
  return (request.headers.get('accept') ?? '').includes('application/json');
}

export function backToStatus(request: Request, query = ''): Response {
  return new Response(null, { status: 303, headers: { Location: `/api-status${query}` } });
}

/** Runs `action` for the operator only; anyone else gets 403. */
export async function operatorAction(
  request: Request,
  action: () => Promise<unknown>,
): Promise<Response> {
  try {
    if (!isOperator(request.headers)) throw forbidden();
    const data = await action();
    return wantsJson(request) ? Response.json({ data }) : backToStatus(request);
  } catch (error) {
    return errorResponse(error);
  }
}
