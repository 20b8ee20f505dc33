/**
 * Everything that can go wrong with a 1688 call, as one error family: each kind has a stable
 * code (the one our API answers with), the HTTP status for it, whether a retry can help, the
 * upstream code and request id when there are any, and a hint for the operator. Secrets are
 * scrubbed from every text when the error is built, so an error can be logged or serialized.
 */
export type GatewayErrorCode =
  | 'upstream_not_granted'
  | 'upstream_unsupported'
  | 'upstream_bad_request'
  | 'upstream_signature_rejected'
  | 'upstream_rate_limited'
  | 'upstream_quota_exhausted'
  | 'upstream_not_authorized'
  | 'upstream_app_key_unknown'
  | 'upstream_unavailable'
  | 'upstream_timeout'
  | 'upstream_bad_response'
  | 'upstream_budget_exhausted'
  | 'upstream_error';

export const GATEWAY_ERROR_STATUS: Record<GatewayErrorCode, number> = {
  upstream_not_granted: 502,
  upstream_unsupported: 502,
  upstream_bad_request: 502,
  upstream_signature_rejected: 502,
  upstream_rate_limited: 503,
  upstream_quota_exhausted: 503,
  upstream_not_authorized: 502,
  upstream_app_key_unknown: 502,
  upstream_unavailable: 503,
  upstream_timeout: 504,
  upstream_bad_response: 502,
  upstream_budget_exhausted: 503,
  upstream_error: 502,
};

const REDACTED = '[redacted]';

/** Replaces every occurrence of each secret (at least 4 characters long) in `text`. */
export function redact(text: string, secrets: readonly (string | undefined)[]): string {
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

export type GatewayErrorInit = {
  api?: string;
  upstreamCode?: string;
  upstreamMessage?: string;
  requestId?: string;
  httpStatus?: number;
  cause?: unknown;
  secrets?: readonly (string | undefined)[];
};

/**
 * A brand instead of `instanceof`: the server bundles code more than once (instrumentation and
 * routes), so an error built by one copy of this module must be recognised by another.
 */
const GATEWAY_ERROR = Symbol.for('pifa.GatewayError');

export class GatewayError extends Error {
  readonly [GATEWAY_ERROR] = true;
  readonly code: GatewayErrorCode;
  readonly status: number;
  readonly retryable: boolean;
  readonly hint: string;
  readonly api?: string;
  readonly upstreamCode?: string;
  readonly upstreamMessage?: string;
  readonly requestId?: string;
  readonly httpStatus?: number;

  constructor(
    code: GatewayErrorCode,
    message: string,
    hint: string,
    retryable: boolean,
    init: GatewayErrorInit = {},
  ) {
    const secrets = init.secrets ?? [];
    const cause =
      init.cause instanceof Error ? new Error(redact(init.cause.message, secrets)) : undefined;
    super(redact(message, secrets), { cause });
    this.name = 'GatewayError';
    this.code = code;
    this.status = GATEWAY_ERROR_STATUS[code];
    this.retryable = retryable;
    this.hint = redact(hint, secrets);
    this.api = init.api;
    this.upstreamCode = init.upstreamCode;
    this.upstreamMessage =
      init.upstreamMessage === undefined ? undefined : redact(init.upstreamMessage, secrets);
    this.requestId = init.requestId;
    this.httpStatus = init.httpStatus;
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

export class ApiNotGrantedError extends GatewayError {
  override readonly name = 'ApiNotGrantedError';

  constructor(init: GatewayErrorInit) {
    super(
      'upstream_not_granted',
      `The 1688 app is not granted the API ${init.api ?? ''}.`.replace(' .', '.'),
      `Apply for this API's permission in the 1688 console (API权限 / API permissions) and wait for approval, which usually takes 1–3 business days.`,
      false,
      init,
    );
  }
}

export class ApiUnsupportedError extends GatewayError {
  override readonly name = 'ApiUnsupportedError';

  constructor(init: GatewayErrorInit) {
    super(
      'upstream_unsupported',
      `1688 does not offer the API ${init.api ?? ''} (or not in this app's package).`,
      'Check the API name and version, and that the API is part of your app’s package in the 1688 console.',
      false,
      init,
    );
  }
}

export class ParamMissingError extends GatewayError {
  override readonly name = 'ParamMissingError';

  constructor(init: GatewayErrorInit) {
    super(
      'upstream_bad_request',
      `1688 rejected the request to ${init.api ?? 'the API'}: a required parameter is missing.`,
      'This is a bug in pifa: please report it with the request id.',
      false,
      init,
    );
  }
}

export class SignatureRejectedError extends GatewayError {
  override readonly name = 'SignatureRejectedError';

  constructor(init: GatewayErrorInit) {
    super(
      'upstream_signature_rejected',
      '1688 rejected the request signature.',
      'Check ALIBABA_APP_SECRET in .env.local: copy it again from the 1688 console, without quotes or spaces, then restart the server.',
      false,
      init,
    );
  }
}

export class RateLimitedError extends GatewayError {
  override readonly name = 'RateLimitedError';

  constructor(init: GatewayErrorInit) {
    super(
      'upstream_rate_limited',
      '1688 is throttling this app (too many calls in a short time).',
      'Wait a little and try again; pifa backs off automatically.',
      true,
      init,
    );
  }
}

export class QuotaExhaustedError extends GatewayError {
  override readonly name = 'QuotaExhaustedError';

  constructor(init: GatewayErrorInit) {
    super(
      'upstream_quota_exhausted',
      'The 1688 API call quota of this app is used up.',
      'Top up the quota in the 1688 console or wait for the next quota period.',
      false,
      init,
    );
  }
}

export class NotAuthorizedError extends GatewayError {
  override readonly name = 'NotAuthorizedError';

  constructor(init: GatewayErrorInit & { reason?: string }) {
    super(
      'upstream_not_authorized',
      init.reason ?? '1688 needs a valid user authorization (access token) for this API.',
      'Connect a 1688 account on /api-status (or set ALIBABA_ACCESS_TOKEN to a token issued in the 1688 console), then try again.',
      false,
      init,
    );
  }
}

export class AppKeyUnknownError extends GatewayError {
  override readonly name = 'AppKeyUnknownError';

  constructor(init: GatewayErrorInit) {
    super(
      'upstream_app_key_unknown',
      '1688 does not know this App Key.',
      'Check ALIBABA_APP_KEY in .env.local against the 1688 console.',
      false,
      init,
    );
  }
}

export class UpstreamUnavailableError extends GatewayError {
  override readonly name = 'UpstreamUnavailableError';

  constructor(message: string, init: GatewayErrorInit) {
    super(
      'upstream_unavailable',
      message,
      'The 1688 gateway could not be reached or failed; try again in a minute. If it persists, check ALIBABA_API_URL and the network.',
      true,
      init,
    );
  }
}

export class UpstreamTimeoutError extends GatewayError {
  override readonly name = 'UpstreamTimeoutError';

  constructor(timeoutMs: number, init: GatewayErrorInit) {
    super(
      'upstream_timeout',
      `1688 did not answer within ${Math.round(timeoutMs / 100) / 10} s.`,
      'The gateway is slow right now; try again shortly.',
      true,
      init,
    );
  }
}

export class BadResponseError extends GatewayError {
  override readonly name = 'BadResponseError';

  constructor(message: string, init: GatewayErrorInit) {
    super(
      'upstream_bad_response',
      message,
      'The 1688 gateway answered in an unexpected format; if it persists, report it with the request id.',
      false,
      init,
    );
  }
}

export class UpstreamBusinessError extends GatewayError {
  override readonly name = 'UpstreamBusinessError';

  constructor(init: GatewayErrorInit) {
    super(
      'upstream_error',
      `1688 could not complete ${init.api ?? 'the request'}${init.upstreamMessage ? `: ${init.upstreamMessage}` : '.'}`,
      'Try again; if it persists, check the request id in the 1688 console.',
      false,
      init,
    );
  }
}

export function isGatewayError(error: unknown): error is GatewayError {
  return (
    typeof error === 'object' &&
    error !== null &&
    (error as Record<symbol, unknown>)[GATEWAY_ERROR] === true
  );
}

/** The error for a gateway `error_code` (found in any response body, whatever its status). */
export function errorForUpstreamCode(
  code: string,
  message: string | undefined,
  init: GatewayErrorInit,
): GatewayError {
  const full = { ...init, upstreamCode: code, upstreamMessage: message };
  if (code === 'gw.APIACLDecline') return new ApiNotGrantedError(full);
  if (code === 'gw.APIUnsupported') return new ApiUnsupportedError(full);
  if (code === 'gw.ParamMissing') return new ParamMissingError(full);
  if (/signature/i.test(code)) return new SignatureRejectedError(full);
  if (code === 'gw.QosAppFrequencyLimit') return new RateLimitedError(full);
  if (code === 'gw.NoUsageLeftError') return new QuotaExhaustedError(full);
  if (code === 'gw.AppKeyNotFound') return new AppKeyUnknownError(full);
  if (code === '401' || /need user authori[sz]ed/i.test(message ?? ''))
    return new NotAuthorizedError(full);
  return new UpstreamBusinessError(full);
}
