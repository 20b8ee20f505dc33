/**
 * What can go wrong with a 1688 call, in the app's one error vocabulary (lib/domain/errors):
 * for each upstream code, the message a shopper or operator reads and the hint that says what
 * to do. Secrets are scrubbed from every text when the error is built.
 */
import {
  AppError,
  type AppErrorInit,
  isAppError,
  type UpstreamErrorCode,
} from '@/lib/domain/errors';

export type GatewayErrorInit = Omit<AppErrorInit, 'hint' | 'param'>;

type Text = { message: (init: GatewayErrorInit) => string; hint: string };

const api = (init: GatewayErrorInit, fallback: string) => init.api ?? fallback;

const TEXTS: Record<UpstreamErrorCode, Text> = {
  upstream_not_granted: {
    message: (i) => `The 1688 app is not granted the API ${api(i, '')}.`.replace(' .', '.'),
    hint: `Apply for this API's permission in the 1688 console (API权限 / API permissions) and wait for approval, which usually takes 1–3 business days.`,
  },
  upstream_unsupported: {
    message: (i) => `1688 does not offer the API ${api(i, '')} (or not in this app's package).`,
    hint: 'Check the API name and version, and that the API is part of your app’s package in the 1688 console.',
  },
  upstream_bad_request: {
    message: (i) =>
      `1688 rejected the request to ${api(i, 'the API')}: a required parameter is missing.`,
    hint: 'This is a bug in pifa: please report it with the request id.',
  },
  upstream_signature_rejected: {
    message: () => '1688 rejected the request signature.',
    hint: 'Check ALIBABA_APP_SECRET in .env.local: copy it again from the 1688 console, without quotes or spaces, then restart the server.',
  },
  upstream_rate_limited: {
    message: () => '1688 is throttling this app (too many calls in a short time).',
    hint: 'Wait a little and try again; pifa backs off automatically.',
  },
  upstream_quota_exhausted: {
    message: () => 'The 1688 API call quota of this app is used up.',
    hint: 'Top up the quota in the 1688 console or wait for the next quota period.',
  },
  upstream_budget_exhausted: {
    message: () => 'The daily 1688 API budget is used up.',
    hint: 'pifa serves cached data until the budget resets at midnight China time; raise ALIBABA_DAILY_CALL_BUDGET to allow more calls.',
  },
  upstream_not_authorized: {
    message: () => '1688 needs a valid user authorization (access token) for this API.',
    hint: 'Connect a 1688 account on /api-status (or set ALIBABA_ACCESS_TOKEN to a token issued in the 1688 console), then try again.',
  },
  upstream_app_key_unknown: {
    message: () => '1688 does not know this App Key.',
    hint: 'Check ALIBABA_APP_KEY in .env.local against the 1688 console.',
  },
  upstream_unavailable: {
    message: () => 'The 1688 gateway could not be reached.',
    hint: 'The 1688 gateway could not be reached or failed; try again in a minute. If it persists, check ALIBABA_API_URL and the network.',
  },
  upstream_timeout: {
    message: () => '1688 did not answer in time.',
    hint: 'The gateway is slow right now; try again shortly.',
  },
  upstream_bad_response: {
    message: (i) => `1688 answered ${api(i, 'the request')} in an unexpected format.`,
    hint: 'The 1688 gateway answered in an unexpected format; if it persists, report it with the request id.',
  },
  upstream_error: {
    message: (i) =>
      `1688 could not complete ${api(i, 'the request')}${i.upstreamMessage ? `: ${i.upstreamMessage}` : '.'}`,
    hint: 'Try again; if it persists, check the request id in the 1688 console.',
  },
};

/** An upstream failure; `message` replaces the standard text when there is more to say. */
export function gatewayError(
  code: UpstreamErrorCode,
  init: GatewayErrorInit = {},
  message?: string,
): AppError {
  const text = TEXTS[code];
  return new AppError(code, message ?? text.message(init), { ...init, hint: text.hint });
}

export function isGatewayError(error: unknown): error is AppError {
  return isAppError(error) && error.isUpstream;
}

export function timeoutError(timeoutMs: number, init: GatewayErrorInit): AppError {
  return gatewayError(
    'upstream_timeout',
    init,
    `1688 did not answer within ${Math.round(timeoutMs / 100) / 10} s.`,
  );
}

const BY_UPSTREAM_CODE: Record<string, UpstreamErrorCode> = {
  'gw.APIACLDecline': 'upstream_not_granted',
  'gw.APIUnsupported': 'upstream_unsupported',
  'gw.ParamMissing': 'upstream_bad_request',
  'gw.QosAppFrequencyLimit': 'upstream_rate_limited',
  'gw.NoUsageLeftError': 'upstream_quota_exhausted',
  'gw.AppKeyNotFound': 'upstream_app_key_unknown',
};

/** The error for a gateway `error_code` (found in any response body, whatever its status). */
export function errorForUpstreamCode(
  code: string,
  message: string | undefined,
  init: GatewayErrorInit,
): AppError {
  const full = { ...init, upstreamCode: code, upstreamMessage: message };
  const known = BY_UPSTREAM_CODE[code];
  if (known) return gatewayError(known, full);
  if (/signature/i.test(code)) return gatewayError('upstream_signature_rejected', full);
  if (code === '401' || /need user authori[sz]ed/i.test(message ?? ''))
    return gatewayError('upstream_not_authorized', full);
  return gatewayError('upstream_error', full);
}
