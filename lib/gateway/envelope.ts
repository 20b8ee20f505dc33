/**
 * Unwrapping 1688 answers: the cross-border envelope (sometimes wrapped once, sometimes
 * twice), business failures that come with HTTP 200, and validation against the raw schemas.
 */
import type { z } from 'zod';
import { gatewayError } from './errors';
import { envelope } from './raw-schemas';

export type BusinessFailure = { code?: string; message?: string };

/** The payload of a cross-border answer; throws for `success: false`. */
export function unwrap(
  api: string,
  body: Record<string, unknown>,
  onFailure?: (f: BusinessFailure) => unknown,
): unknown {
  const parsed = envelope.safeParse(body);
  const outer = parsed.success ? parsed.data.result : undefined;
  if (!outer)
    throw gatewayError('upstream_bad_response', { api }, `1688 answered ${api} without a result.`);
  const raw = body.result as Record<string, unknown>;
  const declared = 'success' in raw || 'succes' in raw;
  const ok = !declared || outer.success || outer.succes;
  if (!ok) {
    const failure = { code: outer.code, message: outer.message };
    if (onFailure) return onFailure(failure);
    throw gatewayError('upstream_error', {
      api,
      upstreamCode: outer.code,
      upstreamMessage: outer.message,
    });
  }
  // Wrapped twice: { result: { success, result: payload } }; once: { result: payload }.
  return declared ? outer.result : raw;
}

export function parseRaw<T extends z.ZodType>(api: string, schema: T, value: unknown): z.infer<T> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? issue.path.join('.') : 'the payload';
    throw gatewayError(
      'upstream_bad_response',
      { api },
      `1688 answered ${api} in an unexpected shape (${where}: ${issue?.message ?? 'invalid'}).`,
    );
  }
  return parsed.data;
}
