/**
 * What each failure is called and what to do about it, in plain words: the hint an API error
 * carries and the text a page shows. A page that failed receives only the error's code (Next.js
 * passes the digest, never the message, to the browser), so these texts hold no detail of a
 * particular request and are safe to show anyone.
 */
import type { ErrorCode } from './errors';

export type FailureText = {
  title: string;
  hint: string;
  /** Whether the site operator (rather than the shopper) can do something about it. */
  operator: boolean;
};

const TRY_AGAIN = 'Try again in a minute.';

export const FAILURES: Record<ErrorCode, FailureText> = {
  invalid_request: {
    title: 'The request is not valid',
    hint: 'Check the address or the form and try again.',
    operator: false,
  },
  forbidden: {
    title: 'Only the operator may do this',
    hint: 'Sign in as operator on /api-status with ADMIN_TOKEN.',
    operator: false,
  },
  not_found: { title: 'Not found', hint: 'Check the address.', operator: false },
  method_not_allowed: {
    title: 'Method not allowed',
    hint: 'Use one of the methods in the Allow header.',
    operator: false,
  },
  image_expired: {
    title: 'This picture is no longer kept',
    hint: 'pifa keeps an uploaded picture for an hour. Search with it again: the camera button in the search box takes a file, a photo, a drop or a paste.',
    operator: false,
  },
  payload_too_large: {
    title: 'Too large',
    hint: 'Send something smaller.',
    operator: false,
  },
  unsupported_media_type: {
    title: 'Unsupported type',
    hint: 'Send one of the accepted types.',
    operator: false,
  },
  too_many_requests: {
    title: 'Too many requests from your connection',
    hint: 'Wait a minute, then try again.',
    operator: false,
  },
  internal_error: {
    title: 'Something went wrong',
    hint: 'This page failed to load. Trying again usually helps.',
    operator: true,
  },
  not_configured: {
    title: 'The 1688 connection is not configured',
    hint: 'Set ALIBABA_APP_KEY and ALIBABA_APP_SECRET in .env.local (or CATALOG_PROVIDER=mock) and restart the server.',
    operator: true,
  },
  upstream_not_granted: {
    title: 'The 1688 app is not granted this API',
    hint: `Apply for this API's permission in the 1688 console (API权限 / API permissions) and wait for approval, which usually takes 1–3 business days.`,
    operator: true,
  },
  upstream_unsupported: {
    title: '1688 does not offer this API to this app',
    hint: 'Check the API name and version, and that the API is part of your app’s package in the 1688 console.',
    operator: true,
  },
  upstream_bad_request: {
    title: '1688 rejected pifa’s request',
    hint: 'This is a bug in pifa: please report it with the request id.',
    operator: true,
  },
  upstream_signature_rejected: {
    title: '1688 rejected the request signature',
    hint: 'Check ALIBABA_APP_SECRET in .env.local: copy it again from the 1688 console, without quotes or spaces, then restart the server.',
    operator: true,
  },
  upstream_rate_limited: {
    title: '1688 asks pifa to slow down',
    hint: `Too many requests reached 1688 at once. ${TRY_AGAIN}`,
    operator: false,
  },
  upstream_quota_exhausted: {
    title: 'The 1688 API quota of this app is used up',
    hint: 'Top up the quota in the 1688 console or wait for the next quota period.',
    operator: true,
  },
  upstream_budget_exhausted: {
    title: 'Today’s 1688 budget is used up',
    hint: 'pifa serves cached data until the budget resets at midnight China time; raise ALIBABA_DAILY_CALL_BUDGET to allow more calls.',
    operator: true,
  },
  upstream_not_authorized: {
    title: '1688 needs the account to be connected',
    hint: 'Connect a 1688 account on /api-status (or set ALIBABA_ACCESS_TOKEN to a token issued in the 1688 console), then try again.',
    operator: true,
  },
  upstream_app_key_unknown: {
    title: '1688 does not know this App Key',
    hint: 'Check ALIBABA_APP_KEY in .env.local against the 1688 console.',
    operator: true,
  },
  upstream_unavailable: {
    title: '1688 could not be reached',
    hint: `The 1688 gateway could not be reached or failed; ${TRY_AGAIN.toLowerCase()} If it persists, check ALIBABA_API_URL and the network.`,
    operator: false,
  },
  upstream_timeout: {
    title: '1688 did not answer in time',
    hint: `The gateway is slow right now. ${TRY_AGAIN}`,
    operator: false,
  },
  upstream_bad_response: {
    title: '1688 answered in a form pifa doesn’t understand',
    hint: 'The 1688 gateway answered in an unexpected format; if it persists, report it with the request id.',
    operator: true,
  },
  upstream_error: {
    title: '1688 could not complete the request',
    hint: 'Try again; if it persists, check the request id in the 1688 console.',
    operator: true,
  },
};

const UNKNOWN = FAILURES.internal_error;

export function describeFailure(code: ErrorCode | null): FailureText {
  return code ? FAILURES[code] : UNKNOWN;
}
