/**
 * pifa's one error vocabulary: every failure has a stable code, and this table says which HTTP
 * status our API answers with and whether trying again can help. The gateway, the catalog, the
 * route wrapper and the pages all raise and read the same `AppError`. Texts are redacted when
 * the error is built, so an error can be logged, serialized or shown without leaking a secret.
 */
export const ERRORS = {
  invalid_request: { status: 400, retryable: false },
  forbidden: { status: 403, retryable: false },
  not_found: { status: 404, retryable: false },
  method_not_allowed: { status: 405, retryable: false },
  image_expired: { status: 410, retryable: false },
  payload_too_large: { status: 413, retryable: false },
  unsupported_media_type: { status: 415, retryable: false },
  too_many_requests: { status: 429, retryable: true },
  internal_error: { status: 500, retryable: false },
  upstream_error: { status: 502, retryable: false },
  upstream_bad_response: { status: 502, retryable: false },
  upstream_bad_request: { status: 502, retryable: false },
  upstream_not_authorized: { status: 502, retryable: false },
  upstream_not_granted: { status: 502, retryable: false },
  upstream_unsupported: { status: 502, retryable: false },
  upstream_app_key_unknown: { status: 502, retryable: false },
  upstream_signature_rejected: { status: 502, retryable: false },
  upstream_unavailable: { status: 503, retryable: true },
  upstream_rate_limited: { status: 503, retryable: true },
  upstream_quota_exhausted: { status: 503, retryable: false },
  upstream_budget_exhausted: { status: 503, retryable: false },
  not_configured: { status: 503, retryable: false },
  upstream_timeout: { status: 504, retryable: true },
} as const satisfies Record<string, { status: number; retryable: boolean }>;

export type ErrorCode = keyof typeof ERRORS;
export type UpstreamErrorCode = Extract<ErrorCode, `upstream_${string}`>;

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && Object.hasOwn(ERRORS, value);
}

const REDACTED = '[redacted]';

/** Replaces every occurrence of each secret (at least 4 characters long) in `text`. */
export function redact(text: string, secrets: readonly (string | undefined)[] = []): string {
  let out = text;
  for (const secret of secrets) {
    if (secret && secret.length >= 4) out = out.split(secret).join(REDACTED);
  }
  // Belt and braces: signatures and token-looking fields never survive, whatever their value.
  return out
    .replace(
      /(_aop_signature|access_token|client_secret|refresh_token)=[^&\s"]+/gi,
      `$1=${REDACTED}`,
    )
    .replace(
      /("(?:access_token|refresh_token|client_secret|_aop_signature)"\s*:\s*")[^"]*"/gi,
      `$1${REDACTED}"`,
    );
}

export type AppErrorInit = {
  /** The operator's next step, in plain words. */
  hint?: string;
  /** The request parameter at fault (invalid_request). */
  param?: string;
  /** The 1688 API that failed, its code, message and request id. */
  api?: string;
  upstreamCode?: string;
  upstreamMessage?: string;
  requestId?: string;
  /** The HTTP status 1688 answered with, when it answered at all. */
  httpStatus?: number;
  /** Seconds after which trying again makes sense (429 and throttling). */
  retryAfterS?: number;
  cause?: unknown;
  /** Values that must never appear in any text of this error. */
  secrets?: readonly (string | undefined)[];
};

/**
 * A brand instead of `instanceof`: the server bundles this module more than once (proxy, pages,
 * route handlers), so an error built by one copy must be recognised by another.
 */
const APP_ERROR = Symbol.for('pifa.AppError');

/** Prefix of the digest that Next.js passes to error boundaries in place of the message. */
export const DIGEST_PREFIX = 'pifa:';

export class AppError extends Error {
  readonly [APP_ERROR] = true;
  readonly code: ErrorCode;
  readonly status: number;
  readonly retryable: boolean;
  readonly hint?: string;
  readonly param?: string;
  readonly api?: string;
  readonly upstreamCode?: string;
  readonly upstreamMessage?: string;
  readonly requestId?: string;
  readonly httpStatus?: number;
  readonly retryAfterS?: number;
  /**
   * Next.js keeps a thrown error's `digest` and hands only that to the error boundary in the
   * browser: the code travels, the message (possibly detailed) stays on the server.
   */
  readonly digest: string;

  constructor(code: ErrorCode, message: string, init: AppErrorInit = {}) {
    const secrets = init.secrets ?? [];
    const cause =
      init.cause instanceof Error ? new Error(redact(init.cause.message, secrets)) : undefined;
    super(redact(message, secrets), { cause });
    this.name = 'AppError';
    this.code = code;
    this.status = ERRORS[code].status;
    this.retryable = ERRORS[code].retryable;
    this.hint = init.hint === undefined ? undefined : redact(init.hint, secrets);
    this.param = init.param;
    this.api = init.api;
    this.upstreamCode = init.upstreamCode;
    this.upstreamMessage =
      init.upstreamMessage === undefined ? undefined : redact(init.upstreamMessage, secrets);
    this.requestId = init.requestId;
    this.httpStatus = init.httpStatus;
    this.retryAfterS = init.retryAfterS;
    this.digest = `${DIGEST_PREFIX}${code}`;
  }

  get isUpstream(): boolean {
    return this.code.startsWith('upstream_');
  }

  toJSON() {
    return {
      name: this.name,
      code: this.code,
      status: this.status,
      message: this.message,
      hint: this.hint,
      retryable: this.retryable,
      api: this.api,
      upstreamCode: this.upstreamCode,
      requestId: this.requestId,
    };
  }
}

export function isAppError(error: unknown): error is AppError {
  return (
    typeof error === 'object' &&
    error !== null &&
    (error as Record<symbol, unknown>)[APP_ERROR] === true
  );
}

/** A request parameter that is missing or malformed: the message names it and what is allowed. */
export function invalidRequest(param: string, message: string): AppError {
  return new AppError('invalid_request', message, { param });
}

export function notFound(message: string): AppError {
  return new AppError('not_found', message);
}

/** The code an error boundary received as its digest, if it is one of ours. */
export function codeFromDigest(digest: string | undefined): ErrorCode | null {
  if (!digest?.startsWith(DIGEST_PREFIX)) return null;
  const code = digest.slice(DIGEST_PREFIX.length);
  return isErrorCode(code) ? code : null;
}
