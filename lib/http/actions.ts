/**
 * Actions posted from pifa's own pages: as plain forms (answered with a redirect back, so they
 * work without JavaScript) or with fetch (answered with JSON). Each refuses a request another
 * site started; operator actions also need the operator's credential.
 */
import 'server-only';
import { readConfig } from '@/lib/catalog/config';
import { invalidRequest } from '@/lib/domain/errors';
import { field, readForm } from './body';
import { forbidden, isOperator } from './operator';
import { errorResponse } from './route';
import { assertSameOrigin, refererPath, sameOriginPath } from './same-origin';

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

/**
 * A preference picker's form (language, currency): the choice in the form field `name`, one
 * of `choices` or a 400 naming the field, is kept for a year in `cookie`, and the browser goes
 * back (303) to the page it came from, as the form's `back` or its Referer says: a path on
 * this site only. `to` turns that page's path into where the choice should land instead.
 */
export function preferenceRedirect<T extends string>(
  request: Request,
  {
    name,
    choices,
    cookie,
    to = (_value, back) => back,
  }: {
    name: string;
    choices: readonly T[];
    cookie: string;
    to?: (value: T, back: string) => string;
  },
): Promise<Response> {
  return pageAction(request, async () => {
    const form = await readForm(request);
    const value = field(form, name);
    if (!(choices as readonly (string | undefined)[]).includes(value)) {
      throw invalidRequest(name, `${name} must be one of ${choices.join(', ')}`);
    }
    const site = readConfig().NEXT_PUBLIC_SITE_URL;
    const back = sameOriginPath(
      field(form, 'back') || refererPath(request.headers.get('referer')),
      site,
    );
    const headers = new Headers({
      Location: sameOriginPath(to(value as T, back), site),
      'Cache-Control': 'no-store',
    });
    headers.append('Set-Cookie', `${cookie}=${value}; Path=/; Max-Age=31536000; SameSite=Lax`);
    return new Response(null, { status: 303, headers });
  });
}
