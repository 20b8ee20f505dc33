/**
 * What a shopper reads when a page cannot be shown: a title and advice per error code, in
 * plain words. Pages receive only the code (Next.js passes the error's digest, never its
 * message, to the browser), so these texts never carry a detail from the server.
 */
import type { ErrorCode } from './errors';

export type FailureText = { title: string; advice: string; operator: boolean };

const TEXTS: Partial<Record<ErrorCode, FailureText>> = {
  upstream_timeout: {
    title: '1688 did not answer in time',
    advice: 'The marketplace is slow right now. Try again in a minute.',
    operator: false,
  },
  upstream_unavailable: {
    title: '1688 could not be reached',
    advice: 'The marketplace is not answering right now. Try again in a minute.',
    operator: false,
  },
  upstream_rate_limited: {
    title: '1688 asks pifa to slow down',
    advice: 'Too many requests reached 1688 at once. Try again in a minute.',
    operator: false,
  },
  upstream_budget_exhausted: {
    title: 'Today’s 1688 budget is used up',
    advice:
      'Pages seen before still work; new searches and offers come back after midnight China time.',
    operator: true,
  },
  upstream_quota_exhausted: {
    title: 'The 1688 quota of this site is used up',
    advice: 'Pages seen before still work; the site operator can raise the quota.',
    operator: true,
  },
  too_many_requests: {
    title: 'Too many requests from your connection',
    advice: 'Wait a minute, then try again.',
    operator: false,
  },
  upstream_bad_response: {
    title: '1688 answered in a form pifa doesn’t understand',
    advice: 'This is being looked into; try again later.',
    operator: true,
  },
  upstream_error: {
    title: '1688 could not complete the request',
    advice: 'Try again; if it keeps happening, the site operator can see the details.',
    operator: true,
  },
};

const CONNECTION: FailureText = {
  title: 'pifa is not connected to 1688 correctly',
  advice: 'The site operator can see what to fix on the API status page.',
  operator: true,
};

const UNKNOWN: FailureText = {
  title: 'Something went wrong',
  advice: 'This page failed to load. Trying again usually helps.',
  operator: true,
};

export function describeFailure(code: ErrorCode | null): FailureText {
  if (!code) return UNKNOWN;
  const text = TEXTS[code];
  if (text) return text;
  if (code.startsWith('upstream_') || code === 'not_configured') return CONNECTION;
  return UNKNOWN;
}
