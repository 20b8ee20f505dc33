/**
 * proxy.ts called as Next.js calls it, and the live catalog's per-client limits for tests that
 * count refusals (the limits apply only to what may cost 1688 calls).
 */
import { NextRequest } from 'next/server';
import { afterEach, beforeEach } from 'vitest';
import { resetClientLimits } from '@/lib/http/client-limits';
import { proxy } from '@/proxy';

export const SITE = 'http://localhost:3000';

export const proxyRequest = (
  path: string,
  init: ConstructorParameters<typeof NextRequest>[1] = {},
) => proxy(new NextRequest(new URL(path, SITE), init));

/** Live mode with these limits for each test of the calling suite, and fresh counts. */
export function withLiveLimits(limits: Record<string, string>) {
  const saved = { ...process.env };
  beforeEach(() => {
    process.env.ALIBABA_APP_KEY = '12345678';
    process.env.ALIBABA_APP_SECRET = 'abcdefghijklmnopqrstuvwxyz012345';
    Object.assign(process.env, limits);
    resetClientLimits();
  });
  afterEach(() => {
    process.env = { ...saved };
    resetClientLimits();
  });
}
