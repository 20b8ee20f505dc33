/**
 * What can go wrong with a 1688 call, in the app's one error vocabulary (lib/domain/errors):
 * for each upstream code, the message that says what happened to this call; the hint that says
 * what to do is the domain's (lib/domain/failures). Secrets are scrubbed from every text when
 * the error is built.
 */
import {
  AppError,
  type AppErrorInit,
  isAppError,
  type UpstreamErrorCode,
} from '@/lib/domain/errors';
import { FAILURES } from '@/lib/domain/failures';

export type GatewayErrorInit = Omit<AppErrorInit, 'hint' | 'param'>;

type Message = (init: GatewayErrorInit) => string;

const api = (init: GatewayErrorInit, fallback: string) => init.api ?? fallback;

const MESSAGES: Record<UpstreamErrorCode, Message> = {
  upstream_not_granted: (i) =>
    `The 1688 app is not granted the API ${api(i, '')}.`.replace(' .', '.'),
  upstream_unsupported: (i) =>
    `1688 does not offer the API ${api(i, '')} (or not in this app's package).`,
  upstream_bad_request: (i) =>
    `1688 rejected the request to ${api(i, 'the API')}: a required parameter is missing.`,
  upstream_signature_rejected: () => '1688 rejected the request signature.',
  upstream_rate_limited: () => '1688 is throttling this app (too many calls in a short time).',
  upstream_quota_exhausted: () => 'The 1688 API call quota of this app is used up.',
  upstream_budget_exhausted: () => 'The daily 1688 API budget is used up.',
  upstream_not_authorized: () =>
    '1688 needs a valid user authorization (access token) for this API.',
  upstream_app_key_unknown: () => '1688 does not know this App Key.',
  upstream_unavailable: () => 'The 1688 gateway could not be reached.',
  upstream_timeout: () => '1688 did not answer in time.',
  upstream_bad_response: (i) => `1688 answered ${api(i, 'the request')} in an unexpected format.`,
  upstream_error: (i) =>
    `1688 could not complete ${api(i, 'the request')}${i.upstreamMessage ? `: ${i.upstreamMessage}` : '.'}`,
};

/** An upstream failure; `message` replaces the standard text when there is more to say. */
export function gatewayError(
  code: UpstreamErrorCode,
  init: GatewayErrorInit = {},
  message?: string,
): AppError {
  return new AppError(code, message ?? MESSAGES[code](init), {
    ...init,
    hint: FAILURES[code].hint,
  });
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
