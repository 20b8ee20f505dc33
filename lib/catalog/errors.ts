/**
 * The errors the catalog layer raises, each with a stable code, the HTTP status our API
 * answers with, and for upstream failures a hint the operator can act on. Messages never
 * carry secrets: they are written here, not copied from requests.
 */
export const ERROR_STATUS = {
  invalid_request: 400,
  forbidden: 403,
  not_found: 404,
  too_many_requests: 429,
  upstream_error: 502,
  upstream_bad_response: 502,
  upstream_not_authorized: 502,
  upstream_not_granted: 502,
  upstream_unsupported: 502,
  upstream_bad_request: 502,
  upstream_app_key_unknown: 502,
  upstream_signature_rejected: 502,
  upstream_unavailable: 503,
  upstream_rate_limited: 503,
  upstream_quota_exhausted: 503,
  upstream_budget_exhausted: 503,
  upstream_timeout: 504,
  not_configured: 503,
  internal_error: 500,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

/** A brand instead of `instanceof`: see the note on GatewayError. */
const CATALOG_ERROR = Symbol.for('pifa.CatalogError');

export class CatalogError extends Error {
  readonly [CATALOG_ERROR] = true;
  readonly code: ErrorCode;
  readonly status: number;
  readonly hint?: string;
  readonly retryable: boolean;
  readonly upstreamCode?: string;
  readonly requestId?: string;

  constructor(
    code: ErrorCode,
    message: string,
    options: {
      hint?: string;
      retryable?: boolean;
      upstreamCode?: string;
      requestId?: string;
      cause?: unknown;
    } = {},
  ) {
    super(message, { cause: options.cause });
    this.name = 'CatalogError';
    this.code = code;
    this.status = ERROR_STATUS[code];
    this.hint = options.hint;
    this.retryable = options.retryable ?? false;
    this.upstreamCode = options.upstreamCode;
    this.requestId = options.requestId;
  }
}

export class InvalidRequestError extends CatalogError {
  override readonly name = 'InvalidRequestError';
  readonly param: string;

  constructor(param: string, message: string) {
    super('invalid_request', message);
    this.param = param;
  }
}

export function isCatalogError(error: unknown): error is CatalogError {
  return (
    typeof error === 'object' &&
    error !== null &&
    (error as Record<symbol, unknown>)[CATALOG_ERROR] === true
  );
}

export type Attempt<T> =
  | { ok: true; value: T }
  | { ok: false; error: { code: ErrorCode; message: string; hint?: string } };

/**
 * Runs a catalog call for a page: a CatalogError becomes a value the page can show (with its
 * hint) instead of an opaque error boundary; anything else is a bug and is rethrown.
 */
export async function attempt<T>(fn: () => Promise<T>): Promise<Attempt<T>> {
  try {
    return { ok: true, value: await fn() };
  } catch (error) {
    if (!isCatalogError(error)) throw error;
    return { ok: false, error: { code: error.code, message: error.message, hint: error.hint } };
  }
}
