/**
 * Checks every request before Next.js sees it, on what Next.js cannot refuse cleanly itself:
 * a request target that is not a path (`OPTIONS *`, `GET *`, absolute forms), malformed
 * percent-encoding or control characters in the path, bodies larger than the route takes, and
 * headers that would make later work expensive (a long User-Agent runs through regular
 * expressions on every page). Pure functions of the request line and headers: no I/O.
 */

export const MAX_HEADER_BYTES = 8 * 1024;
export const MAX_COOKIE_BYTES = 4 * 1024;
export const MAX_USER_AGENT = 512;
export const MAX_TARGET = 4 * 1024;
export const MAX_BODY_BYTES = 16 * 1024;
/** Routes that take bigger bodies, and how big. */
export const BODY_LIMITS = [['/api/image-search', 11 * 1024 * 1024]];

const CONTROL = /[\u0000-\u001f\u007f]/;
const METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);

/** The problem with a request, or null: `{ status, code, message, allow? }`. */
export function refuse(method, target, headers) {
  if (!METHODS.has(method)) {
    return {
      status: 405,
      code: 'method_not_allowed',
      message: `${method} is not a method pifa answers.`,
      allow: 'GET, HEAD, POST, OPTIONS',
    };
  }
  if (target === '*') {
    return method === 'OPTIONS'
      ? { status: 204, code: 'no_content', message: '', allow: 'GET, HEAD, POST, OPTIONS' }
      : {
          status: 400,
          code: 'invalid_request',
          message: 'The request target * is only for OPTIONS.',
        };
  }
  if (!target.startsWith('/') || target.startsWith('//')) {
    return { status: 400, code: 'invalid_request', message: 'The request target must be a path.' };
  }
  if (target.length > MAX_TARGET) {
    return {
      status: 414,
      code: 'invalid_request',
      message: `The address is longer than ${MAX_TARGET} characters.`,
    };
  }
  const [path] = target.split('?', 1);
  if (CONTROL.test(decodeSafely(path) ?? '') || CONTROL.test(target)) {
    return {
      status: 400,
      code: 'invalid_request',
      message: 'The address contains control characters.',
    };
  }
  if (decodeSafely(path) === null) {
    return {
      status: 400,
      code: 'invalid_request',
      message:
        'The address has malformed percent-encoding (a % must be followed by two hex digits of valid UTF-8).',
    };
  }
  const cookie = headers.cookie;
  if (typeof cookie === 'string' && Buffer.byteLength(cookie) > MAX_COOKIE_BYTES) {
    return {
      status: 431,
      code: 'invalid_request',
      message: `Cookies larger than ${MAX_COOKIE_BYTES} bytes are refused.`,
    };
  }
  const length = Number(headers['content-length'] ?? 0);
  if (Number.isFinite(length) && length > bodyLimit(path)) {
    return {
      status: 413,
      code: 'payload_too_large',
      message: `The request body is larger than ${bodyLimit(path)} bytes, the most this address takes.`,
    };
  }
  return null;
}

export function bodyLimit(path) {
  return (
    BODY_LIMITS.find(([prefix]) => path === prefix || path.startsWith(`${prefix}/`))?.[1] ??
    MAX_BODY_BYTES
  );
}

/** Each path segment decoded, or null when one is not valid percent-encoded UTF-8. */
export function decodeSafely(path) {
  try {
    return path
      .split('/')
      .map((segment) => decodeURIComponent(segment))
      .join('/');
  } catch {
    return null;
  }
}

/** Only the first MAX_USER_AGENT characters of a User-Agent matter to anything downstream. */
export function boundedUserAgent(value) {
  return typeof value === 'string' && value.length > MAX_USER_AGENT
    ? value.slice(0, MAX_USER_AGENT)
    : value;
}

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|::ffff:127\.\d+\.\d+\.\d+)$/;

/**
 * The client's address as pifa uses it (per-client limits): what the proxy in front wrote in
 * X-Forwarded-For when the connection comes from it, the connection's own address otherwise.
 */
export function clientAddress(peer, forwarded, trusted = LOOPBACK) {
  const peerAddress = peer ?? '';
  if (trusted.test(peerAddress) && typeof forwarded === 'string' && forwarded.trim()) {
    const first = forwarded.split(',')[0].trim();
    if (/^[0-9a-fA-F:.]{2,45}$/.test(first)) return first;
  }
  return peerAddress.replace(/^::ffff:/, '') || 'unknown';
}

/** A short page or JSON body for a refusal, as the path asks for. */
export function refusalBody(path, problem) {
  if (path.startsWith('/api')) {
    return {
      type: 'application/json',
      body: JSON.stringify({ error: { code: problem.code, message: problem.message } }),
    };
  }
  const text = problem.message.replace(/[<>&]/g, '');
  return {
    type: 'text/html; charset=utf-8',
    body: `<!doctype html><html lang="en"><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>pifa · ${problem.status}</title><main style="font-family:system-ui,sans-serif;max-width:36rem;margin:4rem auto;padding:0 1rem"><h1>This address can’t be opened</h1><p>${text}</p><p><a href="/">Go to the pifa home page</a></p></main></html>`,
  };
}
