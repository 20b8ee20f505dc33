import { describe, expect, it } from 'vitest';
import { checkConfig, summarize } from '@/lib/status/checks';

const good = { ALIBABA_APP_KEY: '12345678', ALIBABA_APP_SECRET: 'abcdefghij0123456789' };
const ids = (env: Record<string, string | undefined>, file?: Record<string, string>) =>
  checkConfig(env, file).map((c) => c.id);

describe('configuration checks', () => {
  it('finds nothing wrong with good values, and says so', () => {
    expect(checkConfig(good)).toEqual([]);
    expect(summarize(good, [])).toEqual({
      appKey: { configured: true, length: 8, lastTwo: '78' },
      appSecret: { configured: true },
      status: 'configured',
      message: 'API credentials are configured!',
    });
  });

  it('reports nothing configured as not_configured', () => {
    expect(summarize({}, checkConfig({}))).toMatchObject({
      status: 'not_configured',
      appKey: { configured: false },
    });
  });

  it.each([
    [{ ...good, ALIBABA_APP_KEY: '"12345678"' }, 'ALIBABA_APP_KEY.quotes'],
    [{ ...good, ALIBABA_APP_SECRET: '“abcdefghij0123456789”' }, 'ALIBABA_APP_SECRET.quotes'],
    [{ ...good, ALIBABA_APP_KEY: ' 12345678' }, 'ALIBABA_APP_KEY.whitespace'],
    [{ ...good, ALIBABA_APP_SECRET: 'abcdefghij0123456789 ' }, 'ALIBABA_APP_SECRET.whitespace'],
    [{ ALIBABA_APP_KEY: '12345678' }, 'secret.missing'],
    [{ ALIBABA_APP_SECRET: 'abcdefghij0123456789' }, 'key.missing'],
    [{ ...good, NEXT_PUBLIC_APP_SECRET: 'abcdefghij0123456789' }, 'public.NEXT_PUBLIC_APP_SECRET'],
    [{ ...good, NEXT_PUBLIC_CONFIG: 'x abcdefghij0123456789' }, 'public.NEXT_PUBLIC_CONFIG'],
    [{ ...good, ALIBABA_API_URL: 'gw.open.1688.com' }, 'api_url.invalid'],
  ])('critical: %o → %s', (env, id) => {
    const checks = checkConfig(env);
    const found = checks.find((c) => c.id === id);
    expect(found?.severity).toBe('critical');
    expect(found?.fix.length).toBeGreaterThan(10);
    expect(summarize(env, checks).status).toBe('misconfigured');
  });

  it.each([
    [{ ...good, ALIBABA_APP_KEY: 'myapp-key' }, 'key.format'],
    [{ ...good, ALIBABA_APP_KEY: '123' }, 'key.length'],
    [{ ...good, ALIBABA_APP_KEY: '123456789012' }, 'key.length'],
    [{ ...good, ALIBABA_APP_SECRET: 'short' }, 'secret.length'],
    [{ ...good, ALIBABA_APP_SECRET: 'x'.repeat(41) }, 'secret.length'],
    [{ ...good, ALIBABA_API_URL: 'http://gw.open.1688.com/openapi' }, 'api_url.insecure'],
    [{ ...good, NEXT_PUBLIC_SITE_URL: 'localhost:3000' }, 'site_url.invalid'],
  ])('warning: %o → %s', (env, id) => {
    expect(checkConfig(env).find((c) => c.id === id)?.severity).toBe('warning');
  });

  it('notices a .env.local changed since the server started, naming the variables only', () => {
    const checks = checkConfig(good, { ...good, ALIBABA_APP_SECRET: 'a-new-secret-0123456789' });
    const restart = checks.find((c) => c.id === 'restart.needed')!;
    expect(restart.message).toContain('ALIBABA_APP_SECRET');
    expect(restart.message).not.toContain('a-new-secret');
    expect(ids(good, good)).toEqual([]);
  });

  it('allows plain http to a loopback gateway (the fake gateway)', () => {
    expect(ids({ ...good, ALIBABA_API_URL: 'http://127.0.0.1:3190/openapi' })).toEqual([]);
  });

  it('never repeats a secret value in any check', () => {
    const env = {
      ALIBABA_APP_KEY: ' "myapp" ',
      ALIBABA_APP_SECRET: ' sek ',
      NEXT_PUBLIC_TOKEN: 'tok-value',
    };
    const text =
      JSON.stringify(checkConfig(env)) + JSON.stringify(summarize(env, checkConfig(env)));
    for (const value of ['myapp', 'sek ', 'tok-value']) expect(text).not.toContain(value);
  });
});
