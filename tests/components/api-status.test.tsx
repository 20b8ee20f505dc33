/**
 * /api-status in the page's language: the visitor's overview and the operator's cards, with
 * each finding worded from the report's codes. Codes, API names and variable names stay as
 * they are.
 */
import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PublicStatusView } from '@/components/status/public-status';
import { StatusView } from '@/components/status/status-view';
import type { PublicStatus, StatusReport } from '@/lib/status/schema';
import { renderIn } from '../setup/intl';

const AT = '2026-12-01T08:30:00.000Z';

const visitor: PublicStatus = {
  generatedAt: AT,
  operator: false,
  source: 'live',
  configured: 'misconfigured',
  message: 'API credentials are misconfigured: 2 problems to fix below.',
  health: 'failing',
  checkedAt: null,
};

const report: StatusReport = {
  generatedAt: AT,
  operator: true,
  health: 'degraded',
  config: {
    appKey: { configured: true, length: 8, lastTwo: '78' },
    appSecret: { configured: true },
    status: 'configured',
    message: 'API credentials are configured!',
  },
  checks: [
    {
      id: 'restart.needed',
      code: 'restart_needed',
      values: { names: 'ALIBABA_APP_KEY' },
      severity: 'warning',
      message: '.env.local has changed since the server started (ALIBABA_APP_KEY).',
      fix: 'Restart the server (stop it and run it again) so that it reads the new values.',
    },
  ],
  source: {
    source: 'live',
    code: 'credentials',
    reason: 'ALIBABA_APP_KEY and ALIBABA_APP_SECRET are both set.',
  },
  probes: {
    ranAt: AT,
    results: [
      {
        id: 'gateway',
        name: 'Gateway reachable, signature accepted',
        api: 'currentTime',
        outcome: 'ok',
        reason: 'works',
        latencyMs: 120,
        detail: 'Works; the answer reads as expected.',
      },
      {
        id: 'image',
        name: 'Image search permission',
        api: 'product.search.imageQuery',
        outcome: 'not_granted',
        reason: 'not_granted',
        values: {
          api: 'com.alibaba.fenxiao.crossborder:product.search.imageQuery',
          name: 'product.search.imageQuery',
        },
        upstreamCode: 'gw.APIACLDecline',
        detail:
          'Your app is not granted com.alibaba.fenxiao.crossborder:product.search.imageQuery.',
        fix: 'Apply for product.search.imageQuery in the console.',
      },
      {
        id: 'search',
        name: 'Keyword search',
        api: 'product.search.keywordQuery',
        outcome: 'quota_exhausted',
        reason: 'upstream_quota_exhausted',
        detail: 'The 1688 API call quota of this app is used up.',
        fix: 'Top up the quota in the 1688 console or wait for the next quota period.',
      },
    ],
  },
  shapes: [
    { api: 'product.search.keywordQuery', probe: 'ok', drift: [] },
    {
      api: 'product.search.queryProductDetail',
      probe: 'changed',
      drift: [
        {
          kind: 'price: string',
          rows: 5,
          answers: 2,
          firstAt: AT,
          lastAt: AT,
          sample: { price: 'string' },
        },
      ],
    },
  ],
  categoryTree: { known: 120, read: 21, store: 'Redis', reads: 3, refreshes: 1, fromStore: 100 },
  authorization: { source: 'none', expired: false },
  cache: {
    entries: 5,
    bytes: 1000,
    maxBytes: 10_000,
    hits: 21,
    misses: 3,
    staleServed: 0,
    coalesced: 1,
    loads: 3,
  },
  quota: {
    day: '2026-12-01',
    calls: {},
    total: 12,
    budget: 500,
    remaining: 488,
    blocked: 0,
    perSecond: 5,
  },
  redis: { configured: false, connected: false },
  upstream: {
    since: AT,
    calls: { currentTime: { ok: 3, failed: 0 } },
    errors: [{ api: 'product.search.imageQuery', code: 'upstream_not_granted', at: AT }],
  },
};

beforeEach(() => {
  // The operator's view refreshes itself from /api/status: it answers the same report.
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response(JSON.stringify({ data: report }), { status: 200 })),
  );
});
afterEach(() => vi.unstubAllGlobals());

describe('the visitor’s /api-status', () => {
  it('speaks Russian', () => {
    renderIn(<PublicStatusView status={visitor} problems={2} />, { locale: 'ru' });
    expect(screen.getByRole('heading', { name: 'Обзор' })).toBeVisible();
    expect(screen.getByTestId('data-source')).toHaveTextContent('Реальные данные 1688');
    expect(screen.getByTestId('config-status')).toHaveTextContent(
      'Статус: misconfigured · Учётные данные API настроены неверно: 2 проблемы',
    );
    expect(screen.getByTestId('health')).toHaveTextContent('Не работает');
    expect(screen.getByRole('button', { name: 'Войти' })).toBeVisible();
    expect(screen.getByLabelText('Токен администратора')).toBeInTheDocument();
  });

  it('speaks Spanish', () => {
    renderIn(<PublicStatusView status={visitor} problems={1} signInFailed />, { locale: 'es' });
    expect(screen.getByTestId('config-status')).toHaveTextContent('1 problema que corregir');
    expect(screen.getByRole('alert')).toHaveTextContent('Ese no es el ADMIN_TOKEN');
  });

  it('says in English what the API says', () => {
    renderIn(<PublicStatusView status={visitor} problems={2} />);
    expect(screen.getByTestId('config-status')).toHaveTextContent(
      `Status: misconfigured · ${visitor.message}`,
    );
  });
});

describe('the operator’s /api-status', () => {
  it('speaks Russian', async () => {
    renderIn(<StatusView initial={report} notice={{ authError: 'denied' }} />, { locale: 'ru' });
    expect(screen.getByRole('alert')).toHaveTextContent('Авторизация на 1688 была отклонена');
    expect(screen.getByTestId('config-status')).toHaveTextContent(
      'Статус: configured · Учётные данные API настроены!',
    );
    expect(screen.getByTestId('app-key')).toHaveTextContent(
      'Задан (8 символов, оканчивается на …78)',
    );
    expect(screen.getByTestId('data-source')).toHaveTextContent(
      'Реальные данные 1688 · Заданы и ALIBABA_APP_KEY, и ALIBABA_APP_SECRET.',
    );
    const problems = screen.getByRole('list', { name: 'Проблемы настройки' });
    expect(problems).toHaveTextContent(
      'Проверьте: Файл .env.local изменился после запуска сервера (ALIBABA_APP_KEY).',
    );
    const gateway = screen.getByTestId('probe-gateway');
    expect(gateway).toHaveTextContent('OK');
    expect(gateway).toHaveTextContent('Шлюз доступен, подпись принята');
    expect(gateway).toHaveTextContent('120 мс');
    const image = screen.getByTestId('probe-image');
    expect(image).toHaveTextContent('Нет доступа');
    expect(image).toHaveTextContent(
      'Вашему приложению не разрешён com.alibaba.fenxiao.crossborder:product.search.imageQuery.',
    );
    expect(image).toHaveTextContent('Запросите доступ к product.search.imageQuery');
    expect(image).toHaveTextContent('код 1688: gw.APIACLDecline');
    const search = screen.getByTestId('probe-search');
    expect(search).toHaveTextContent('Квота исчерпана');
    // An upstream failure's own message stays as the API gives it; its fix is worded.
    expect(search).toHaveTextContent('The 1688 API call quota of this app is used up.');
    expect(search).toHaveTextContent('Пополните квоту');
    expect(screen.getByTestId('shape-product.search.queryProductDetail')).toHaveTextContent(
      'Изменился',
    );
    expect(screen.getByText(/5 строк в 2 ответах/)).toBeInTheDocument();
    expect(screen.getByTestId('category-tree')).toHaveTextContent('прочитано категорий — 21');
    expect(screen.getByTestId('token-source')).toHaveTextContent('Нет: авторизации нет');
    expect(screen.getByTestId('cache-stats')).toHaveTextContent('записей: 5 · попаданий: 21');
    expect(screen.getByTestId('quota')).toHaveTextContent(
      '12 из 500 (осталось 488) · не более 5 в секунду',
    );
    expect(screen.getByTestId('redis-health')).toHaveTextContent('Не используется');
    const activity = screen.getByRole('region', { name: 'Обращения к 1688' });
    expect(within(activity).getByRole('columnheader', { name: 'Успешно' })).toBeVisible();
    expect(
      within(activity).getByRole('list', { name: 'Последние ошибки обращений к 1688' }),
    ).toHaveTextContent('upstream_not_granted в product.search.imageQuery');
    expect(screen.getByRole('button', { name: 'Запустить проверки снова' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Выйти' })).toBeVisible();
  });

  it('speaks Chinese', () => {
    renderIn(<StatusView initial={report} notice={{ connected: true }} />, { locale: 'zh' });
    expect(screen.getByRole('status')).toHaveTextContent('1688 账号已连接。');
    expect(screen.getByRole('heading', { name: '实时检查' })).toBeVisible();
    expect(screen.getByTestId('probe-image')).toHaveTextContent('未授权');
    expect(screen.getByTestId('token-source')).toHaveTextContent('无：未授权');
  });

  it('says in English what the API says', () => {
    renderIn(<StatusView initial={report} />);
    expect(screen.getByTestId('config-status')).toHaveTextContent(report.config.message);
    for (const probe of report.probes!.results.slice(0, 2)) {
      expect(screen.getByTestId(`probe-${probe.id}`)).toHaveTextContent(probe.name);
    }
    expect(screen.getByTestId('probe-image')).toHaveTextContent(report.probes!.results[1]!.detail);
    expect(screen.getByTestId('data-source')).toHaveTextContent(report.source.reason);
  });
});
