/**
 * Link-preview pictures: drawn in the link's language with the fonts pifa ships, and never a
 * request to anyone (next/og would fetch a font or an emoji for any character it cannot draw).
 */
import { createFormatter, createTranslator } from 'next-intl';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ReactElement, ReactNode } from 'react';
import { MESSAGES } from '../setup/intl';
import type { Locale } from '@/lib/domain/locales';

vi.mock('next-intl/server', () => ({
  getTranslations: async ({ locale, namespace }: { locale: Locale; namespace: string }) =>
    createTranslator({ locale, messages: MESSAGES[locale], namespace: namespace as never }),
  getFormatter: async ({ locale }: { locale: Locale }) =>
    createFormatter({ locale, timeZone: 'Asia/Shanghai' }),
}));

const drawn = vi.hoisted(() => [] as ReactElement[]);
vi.mock('next/og', async (original) => {
  const og = await original<typeof import('next/og')>();
  return {
    ...og,
    ImageResponse: class extends og.ImageResponse {
      constructor(...args: ConstructorParameters<typeof og.ImageResponse>) {
        drawn.push(args[0]);
        super(...args);
      }
    },
  };
});

const { default: offerImage, generateImageMetadata: offerMetadata } =
  await import('@/app/[locale]/products/[id]/opengraph-image');
const { default: searchImage, generateImageMetadata: searchMetadata } =
  await import('@/app/[locale]/products/search/[query]/opengraph-image');
const { previewFonts } = await import('@/components/seo/preview-fonts');
const { previewImage } = await import('@/components/seo/preview-card');
const { getMockCatalog } = await import('@/lib/catalog/seam');
const { searchKey } = await import('@/lib/domain/search-links');
const { formatCnyRange } = await import('@/lib/domain/currency');
const { getCategory, getProduct, getTopCategories } = await import('@/lib/catalog');

const OFFER = '606877161571';

/** The text of a drawn card, in reading order. */
function textOf(node: ReactNode): string {
  if (node === null || node === undefined || typeof node === 'boolean') return '';
  if (typeof node === 'string' || typeof node === 'number') return String(node);
  if (Array.isArray(node)) return node.map(textOf).join(' ');
  const el = node as ReactElement<{ children?: ReactNode }>;
  return textOf(el.props.children);
}

/** The picture a drawn card shows, if any. */
function pictureOf(node: ReactNode): string | undefined {
  if (!node || typeof node !== 'object') return undefined;
  if (Array.isArray(node)) return node.map(pictureOf).find(Boolean);
  const el = node as ReactElement<{ children?: ReactNode; src?: string }>;
  return el.type === 'img' ? el.props.src : pictureOf(el.props.children);
}

async function png(response: Response): Promise<Buffer> {
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('image/png');
  const bytes = Buffer.from(await response.arrayBuffer());
  expect(bytes.subarray(1, 4).toString()).toBe('PNG');
  return bytes;
}

/** Requests next/og made to anyone: reading its own bundled files (data: URLs) is not one. */
const requests: string[] = [];
const realFetch = globalThis.fetch;
beforeAll(async () => {
  await getTopCategories();
}, 60_000);
beforeEach(() => {
  drawn.length = 0;
  requests.length = 0;
  vi.spyOn(globalThis, 'fetch').mockImplementation(async (input, init) => {
    const url = input instanceof Request ? input.url : String(input);
    if (url.startsWith('data:')) return realFetch(input, init);
    requests.push(url);
    throw new Error('no network');
  });
});
afterEach(() => {
  vi.restoreAllMocks();
  expect(requests).toEqual([]);
});

const params = <T>(value: T) => Promise.resolve(value);

describe('offer preview', () => {
  it.each([
    ['en', 'Minimum order', 'ships from'],
    ['ru', 'Минимальный заказ:', 'отправка:'],
    ['es', 'Pedido mínimo', 'envío desde'],
    ['zh', '起订量', '发货地'],
  ] as const)(
    'is drawn in %s with its fonts alone',
    async (locale, moq, from) => {
      const product = (await getProduct(OFFER)).data!;
      const bytes = await png(await offerImage({ params: params({ locale, id: OFFER }) }));
      expect(bytes.length).toBeGreaterThan(10_000);
      const text = textOf(drawn[0]);
      expect(text).toContain(moq);
      expect(text).toContain(from);
      expect(text).toContain(product.titleZh);
      expect(text).toContain(MESSAGES[locale].Preview.tagline);
      // The offer's own picture, drawn from the mock catalog (never fetched).
      expect(pictureOf(drawn[0])).toMatch(/^data:image\/svg\+xml;base64,/);
      expect(text).toContain(formatCnyRange(product.price.min, product.price.max, locale));
    },
    30_000,
  );

  it('counts the minimum order in the language, with its plural', async () => {
    const product = (await getProduct(OFFER)).data!;
    await offerImage({ params: params({ locale: 'ru', id: OFFER }) });
    expect([product.moq, product.unit]).toEqual([10, 'piece']);
    expect(textOf(drawn[0])).toContain('Минимальный заказ: 10 штук ·');
  });

  it('has alt text in the language, naming the offer', async () => {
    const product = (await getProduct(OFFER)).data!;
    const [ru] = await offerMetadata({ params: params({ locale: 'ru', id: OFFER }) });
    expect(ru).toMatchObject({ id: 'card', contentType: 'image/png' });
    expect(ru!.alt).toBe(`${product.title}: оптовые цены на pifa`);
    const [missing] = await offerMetadata({ params: params({ locale: 'es', id: 'nope' }) });
    expect(missing!.alt).toBe('Oferta no encontrada');
  });

  it('says an unknown offer is not found, in the language', async () => {
    await png(await offerImage({ params: params({ locale: 'zh', id: '1' }) }));
    expect(textOf(drawn[0])).toContain('未找到该商品');
  });
});

describe('search and category preview', () => {
  it('names the category in the language and counts its offers', async () => {
    const [top] = (await getTopCategories()).data;
    const category = (await getCategory(top!.id)).data!;
    await png(
      await searchImage({
        params: params({ locale: 'ru', query: searchKey({ category: top!.id }) }),
      }),
    );
    const text = textOf(drawn[0]);
    expect(text).toMatch(/\d+ оптов(ое|ых|ого) предложени/);
    expect(text).toContain('от ');
    const [meta] = await searchMetadata({
      params: params({ locale: 'ru', query: searchKey({ category: top!.id }) }),
    });
    expect(meta!.alt).toContain('Оптовые предложения на pifa');
    expect(category.path.length).toBeGreaterThan(0);
  });

  it('draws a query of emoji, rare ideographs and signs without fetching anything', async () => {
    const query = searchKey({ q: '🔥 кружка 𠀀 杯子 ©' });
    await png(await searchImage({ params: params({ locale: 'zh', query }) }));
    const text = textOf(drawn[0]);
    // The fonts draw the copyright sign; the emoji and the rare ideograph are left out.
    expect(text).toContain('“кружка 杯子 ©”');
    expect(text).not.toMatch(/🔥|𠀀/u);
  });
});

describe('text no single font draws whole', () => {
  it.each([
    ['a Cyrillic letter with a grave accent', 'ѐ е\u0300 кружка'],
    ['a Latin letter with a kana sound mark', 'a\u3099 cup'],
    ['a keycap and a flag', '1\ufe0f\u20e3 🇨🇳 cup'],
  ])('is left out, never fetched: %s', async (_, q) => {
    await png(await searchImage({ params: params({ locale: 'ru', query: searchKey({ q }) }) }));
    expect(textOf(drawn[0])).toMatch(/“.*(кружка|cup)”/);
  });

  it('keeps the signs the fonts draw', async () => {
    const query = searchKey({ q: 'Apple® ™ ©' });
    await png(await searchImage({ params: params({ locale: 'en', query }) }));
    expect(textOf(drawn[0])).toContain('“Apple® ™ ©”');
  });

  it('names a search of emoji alone as a search', async () => {
    const query = searchKey({ q: '🔥🔥' });
    await png(await searchImage({ params: params({ locale: 'es', query }) }));
    expect(textOf(drawn[0])).toContain(MESSAGES.es.Preview.untitledSearch);
    expect(textOf(drawn[0])).not.toContain('“”');
  });
});

describe('the card', () => {
  it('shows a Chinese title once, however long, when it is the original itself', async () => {
    const title = '专业级工业级活动扳手'.repeat(6);
    await png(
      await previewImage({
        eyebrow: '',
        title,
        untitled: '',
        original: title,
        price: '',
        tagline: '',
        picture: null,
      }),
    );
    expect(textOf(drawn[0]).split('专业级工业级活动扳手').length - 1).toBeLessThanOrEqual(6);
    expect(textOf(drawn[0])).not.toContain('…');
  });
});

describe('preview fonts', () => {
  it('draw every Chinese title of the mock catalog', async () => {
    const { printable } = await previewFonts();
    const titles = getMockCatalog().summaries.map((s) => s.titleZh);
    const lacking = titles.filter(
      (title) => printable(title) !== title.replace(/\s+/g, ' ').trim(),
    );
    expect(lacking).toEqual([]);
  });

  it('draw the interface text of every language', async () => {
    const { printable } = await previewFonts();
    for (const locale of Object.keys(MESSAGES) as Locale[]) {
      for (const text of Object.values(MESSAGES[locale].Preview)) {
        expect(printable(text)).toBe(text);
      }
    }
  });
});
