/**
 * The pages proxy.ts answers by itself (405 for a page posted to, 429 for too many distinct
 * searches) speak the language of the page asked for: its URL's prefix, else the language the
 * shopper chose. The API keeps its English JSON; the headers are the same in every language.
 */
import { describe, expect, it } from 'vitest';
import { notAllowedPage, tooManyPage } from '@/i18n/refusals';
import { proxyRequest as request, withLiveLimits } from '../setup/proxy';

describe('the 405 page', () => {
  it('answers a Russian page in Russian, with Allow unchanged', async () => {
    const res = await request('/ru/products?q=cup', { method: 'POST' });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('GET, HEAD');
    const html = await res.text();
    expect(html).toContain('<html lang="ru">');
    expect(html).toContain('<h1>Эту страницу можно только читать</h1>');
    expect(html).toContain('<a href="/ru">На главную</a>');
  });

  it('answers in the chosen language when the URL has no prefix', async () => {
    const res = await request('/categories', {
      method: 'PUT',
      headers: { cookie: 'NEXT_LOCALE=es' },
    });
    expect(res.status).toBe(405);
    expect(await res.text()).toContain('<h1>Esta página solo se puede leer</h1>');
  });

  it('answers in English otherwise', async () => {
    const html = await (await request('/categories', { method: 'DELETE' })).text();
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('<h1>This page can only be read</h1>');
    expect(html).toContain('<a href="/">Home</a>');
  });
});

describe('the 429 page', () => {
  withLiveLimits({ RATE_LIMIT_SEARCHES_PER_MIN: '1' });

  const search = (path: string, client: string) =>
    request(path, { headers: { 'x-forwarded-for': client, 'user-agent': 'Mozilla/5.0' } });

  it('tells a Russian shopper in Russian how long to wait, with Retry-After unchanged', async () => {
    expect((await search('/ru/products?q=cup', '203.0.113.7')).status).not.toBe(429);
    const res = await search('/ru/products?q=mug', '203.0.113.7');
    expect(res.status).toBe(429);
    const wait = Number(res.headers.get('retry-after'));
    expect(wait).toBeGreaterThan(0);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const html = await res.text();
    expect(html).toContain('<html lang="ru">');
    expect(html).toContain('<h1>Чуть помедленнее</h1>');
    expect(html).toContain('За последнюю минуту вы открыли много разных поисков.');
    expect(html).toMatch(/Подождите \d+ секунд[уы]? и попробуйте снова\./);
  });

  it('keeps the API’s English JSON', async () => {
    await search('/api/products?q=cup', '203.0.113.8');
    const res = await search('/api/products?q=mug', '203.0.113.8');
    expect(res.status).toBe(429);
    const body = await res.json();
    expect(body.error.code).toBe('too_many_requests');
    expect(body.error.message).toMatch(
      /^You opened many different searches in the last minute\. Wait \d+ seconds, then try again\.$/,
    );
  });
});

describe('the refusal pages in each language', () => {
  it('count the seconds with the language’s plurals', () => {
    expect(tooManyPage('ru', 'product', 1)).toContain('Подождите 1 секунду');
    expect(tooManyPage('ru', 'product', 3)).toContain('Подождите 3 секунды');
    expect(tooManyPage('ru', 'product', 25)).toContain('Подождите 25 секунд');
    expect(tooManyPage('en', 'image', 1)).toContain('Wait 1 second, then try again.');
    expect(tooManyPage('es', 'budget', 60)).toContain('Espera 60 segundos');
    expect(tooManyPage('zh', 'sign_in', 60)).toContain('请等待 60 秒后再试。');
    expect(notAllowedPage('zh')).toContain('<a href="/zh">首页</a>');
  });
});
