/**
 * /api-status words every finding of the report in the page's language from its code; in
 * English it says exactly what /api/status says.
 */
import { createTranslator } from 'next-intl';
import { describe, expect, it } from 'vitest';
import {
  checkText,
  configText,
  probeText,
  sourceText,
  type Translate,
} from '@/components/status/status-text';
import { readConfig } from '@/lib/catalog/config';
import { decideSource } from '@/lib/catalog/source';
import { gatewayError, timeoutError } from '@/lib/gateway/errors';
import type { GatewayClient } from '@/lib/gateway/client';
import type { UpstreamErrorCode } from '@/lib/domain/errors';
import { checkConfig, summarize } from '@/lib/status/checks';
import { runProbes } from '@/lib/status/probes';
import en from '@/messages/en.json';
import ru from '@/messages/ru.json';

const translate = (messages: typeof en, namespace: 'Status' | 'Failure', locale = 'en') =>
  createTranslator({ locale, messages, namespace }) as unknown as Translate;
const t = translate(en, 'Status');
const failure = translate(en, 'Failure');

const good = { ALIBABA_APP_KEY: '12345678', ALIBABA_APP_SECRET: 'abcdefghij0123456789' };
const ENVS: Record<string, string | undefined>[] = [
  { ...good, ALIBABA_APP_KEY: '"12345678"' },
  { ...good, ALIBABA_APP_SECRET: ' abcdefghij0123456789' },
  { ALIBABA_APP_KEY: '12345678' },
  { ALIBABA_APP_SECRET: 'abcdefghij0123456789' },
  { ...good, ALIBABA_APP_KEY: 'my-app' },
  { ...good, ALIBABA_APP_KEY: '1234' },
  { ...good, ALIBABA_APP_SECRET: 'short' },
  { ...good, NEXT_PUBLIC_APP_SECRET: 'x' },
  { ...good, ALIBABA_API_URL: 'not a url' },
  { ...good, ALIBABA_API_URL: 'http://gw.example.com/openapi' },
  { ...good, NEXT_PUBLIC_SITE_URL: 'localhost' },
];

describe('the status page in English says what the API says', () => {
  it('for every configuration check', () => {
    const checks = [
      ...ENVS.flatMap((env) => checkConfig(env)),
      ...checkConfig(good, { ...good, ALIBABA_APP_KEY: '87654321' }),
    ];
    const codes = new Set(checks.map((c) => c.code));
    expect(codes.size).toBe(Object.keys(en.Status.checks).length);
    for (const check of checks) {
      expect(checkText(t, check), check.id).toEqual({ message: check.message, fix: check.fix });
    }
  });

  it('for the configuration summary', () => {
    for (const env of [good, {}, ...ENVS]) {
      const checks = checkConfig(env);
      const summary = summarize(env, checks);
      const problems = checks.filter((c) => c.severity === 'critical').length;
      expect(configText(t, summary.status, problems)).toBe(summary.message);
    }
  });

  it('for the data source', () => {
    for (const env of [
      good,
      {},
      { ALIBABA_APP_KEY: '12345678' },
      { ALIBABA_APP_SECRET: 'abcdefghij0123456789' },
      { ...good, CATALOG_PROVIDER: 'mock' },
      { CATALOG_PROVIDER: 'live' },
    ]) {
      const decision = decideSource(readConfig(env as NodeJS.ProcessEnv));
      expect(sourceText(t, decision)).toBe(decision.reason);
    }
  });

  const client = (fail: (api: string) => Error | null) =>
    ({
      call: async (api: { name: string }) => {
        const error = fail(api.name);
        if (error) throw error;
        if (api.name === 'product.search.keywordQuery') {
          return { result: { result: { data: [{ offerId: 1 }] } } };
        }
        return { result: { success: true, result: {} } };
      },
    }) as unknown as GatewayClient;

  const UPSTREAM: UpstreamErrorCode[] = [
    'upstream_not_granted',
    'upstream_signature_rejected',
    'upstream_app_key_unknown',
    'upstream_not_authorized',
    'upstream_rate_limited',
    'upstream_quota_exhausted',
    'upstream_unavailable',
    'upstream_error',
    'upstream_bad_request',
  ];

  it.each(UPSTREAM)('for probes that fail with %s', async (code) => {
    const results = [
      ...(await runProbes(client(() => gatewayError(code, { api: 'x' })))),
      ...(await runProbes(
        client((api) =>
          api === 'currentTime' ? null : gatewayError(code, { api, httpStatus: 401 }),
        ),
      )),
      ...(await runProbes(client(() => timeoutError(5000, {})))),
      ...(await runProbes(client(() => new Error('boom')))),
    ];
    for (const probe of results) {
      expect(probeText(t, failure, probe), `${probe.id} ${probe.reason}`).toEqual({
        detail: probe.detail,
        ...(probe.fix === undefined ? {} : { fix: probe.fix }),
      });
    }
  });

  it('for probes that work, or are skipped', async () => {
    const results = await runProbes(client(() => null));
    expect(results.map((p) => p.reason)).toContain('skipped_no_offer');
    for (const probe of results) {
      expect(probeText(t, failure, probe).detail).toBe(probe.detail);
    }
  });
});

describe('the status page in Russian', () => {
  const rt = translate(ru as typeof en, 'Status', 'ru');
  const rf = translate(ru as typeof en, 'Failure', 'ru');

  it('words checks, probes and the source from their codes', async () => {
    const [check] = checkConfig({ ...good, ALIBABA_APP_KEY: '1234' });
    expect(checkText(rt, check!).message).toBe('В ALIBABA_APP_KEY 4 цифры, а обычно их 8.');
    const [gateway, ...rest] = await runProbes({
      call: async () => Promise.reject(gatewayError('upstream_signature_rejected')),
    } as never);
    expect(probeText(rt, rf, gateway!).fix).toBe(ru.Failure.codes.upstream_signature_rejected.hint);
    expect(probeText(rt, rf, rest[0]!).detail).toBe('Пропущено: проверка шлюза не прошла.');
    expect(sourceText(rt, decideSource(readConfig({} as NodeJS.ProcessEnv)))).toBe(
      'Учётные данные API не настроены.',
    );
    expect(configText(rt, 'misconfigured', 2)).toBe(
      'Учётные данные API настроены неверно: 2 проблемы — исправьте по списку ниже.',
    );
  });
});
