import { beforeAll, describe, expect, it } from 'vitest';
import robots from '@/app/robots';
import { GET as sitemapRoute } from '@/app/sitemap.xml/route';
import { GET as sitemapFileRoute } from '@/app/sitemaps/[file]/route';
import { getCategory, getProduct, getTopCategories } from '@/lib/catalog';
import { breadcrumbJsonLd, productDescription, productJsonLd } from '@/lib/domain/structured-data';
import { isCrawler } from '@/lib/http/client-limits';
import { localeAlternates } from '@/i18n/metadata';
import { sitemapEntries } from '../setup/sitemap';

const SITE = 'https://pifa.example';

// The mock catalog is generated once, on first use.
beforeAll(async () => {
  await getTopCategories();
}, 60_000);

describe('structured data', () => {
  it('describes an offer as a schema.org Product with its tiers as quantity prices', async () => {
    const product = (await getProduct('606877161571')).data!;
    const ld = productJsonLd(product, SITE) as unknown as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- JSON-LD read as JSON
    // What validators require of a Product with offers.
    expect(ld['@context']).toBe('https://schema.org');
    expect(ld['@type']).toBe('Product');
    expect(ld.name).toBe(product.title);
    expect(ld.alternateName).toBe(product.titleZh);
    expect(ld.image.every((src: string) => src.startsWith(`${SITE}/`))).toBe(true);
    const offers = ld.offers;
    expect(offers['@type']).toBe('AggregateOffer');
    expect(offers.priceCurrency).toBe('CNY');
    expect(Number(offers.lowPrice)).toBe(product.price.min);
    expect(Number(offers.highPrice)).toBe(product.price.max);
    expect(offers.offerCount).toBeGreaterThanOrEqual(1);
    expect(offers.availability).toMatch(/^https:\/\/schema\.org\/(InStock|OutOfStock)$/);
    if (product.pricing === 'tiered') {
      expect(offers.priceSpecification).toHaveLength(product.tiers.length);
      const [first] = offers.priceSpecification;
      expect(first).toMatchObject({
        '@type': 'UnitPriceSpecification',
        priceCurrency: 'CNY',
        eligibleQuantity: { '@type': 'QuantitativeValue', minValue: product.tiers[0]!.minQuantity },
      });
    }
    // It survives being written into the page as JSON.
    expect(JSON.parse(JSON.stringify(ld))).toEqual(ld);
    expect(productDescription(product)).not.toMatch(/\.\./);
  });

  it('lists the category path as a BreadcrumbList, positions from 1', async () => {
    const product = (await getProduct('606877161571')).data!;
    const path = (await getCategory(product.categoryId)).data!.path;
    const ld = breadcrumbJsonLd(path, SITE, { name: product.title, url: `${SITE}/x` }) as any; // eslint-disable-line @typescript-eslint/no-explicit-any -- JSON-LD read as JSON
    expect(ld['@type']).toBe('BreadcrumbList');
    expect(ld.itemListElement.map((i: { position: number }) => i.position)).toEqual(
      Array.from({ length: path.length + 2 }, (_, i) => i + 1),
    );
    expect(ld.itemListElement[0]).toMatchObject({ name: 'Home', item: `${SITE}/` });
  });
});

describe('robots and sitemap', () => {
  it('robots.txt keeps crawlers out of the operator’s pages and the API, and names the sitemap', () => {
    const r = robots();
    const rule = Array.isArray(r.rules) ? r.rules[0]! : r.rules;
    expect(rule.disallow).toEqual(
      expect.arrayContaining(['/api/', '/api-status', '/list', '/compare']),
    );
    expect(r.sitemap).toMatch(/\/sitemap\.xml$/);
  });

  it('the sitemap lists the home page, every category and every mock offer in every language', async () => {
    const res = await sitemapRoute(new Request('http://x/sitemap.xml'));
    expect(res.headers.get('content-type')).toContain('application/xml');
    const xml = await res.text();
    expect(xml).toMatch(
      /^<\?xml version="1.0" encoding="UTF-8"\?><urlset xmlns="http:\/\/www\.sitemaps\.org\/schemas\/sitemap\/0\.9" xmlns:xhtml="http:\/\/www\.w3\.org\/1999\/xhtml">/,
    );
    const entries = sitemapEntries(xml);
    const urls = entries.map((e) => e.loc);
    expect(urls).toContain('http://localhost:3000/');
    expect(urls).toContain('http://localhost:3000/ru');
    const english = urls.filter((u) => !/^http:\/\/localhost:3000\/(ru|es|zh)(\/|\?|$)/.test(u));
    expect(english.filter((u) => u.includes('/products?category=')).length).toBeGreaterThan(50);
    expect(english.filter((u) => /\/products\/\d+$/.test(u)).length).toBe(5000);
    // Each page once per language, nothing twice.
    expect(urls).toHaveLength(english.length * 4);
    expect(new Set(urls).size).toBe(urls.length);
  });

  it('each sitemap entry names every language version of its page and x-default', async () => {
    const xml = await (await sitemapRoute(new Request('http://x/sitemap.xml'))).text();
    const entries = sitemapEntries(xml);
    const site = 'http://localhost:3000';
    const offer = entries.filter((e) => e.loc.endsWith('/products/606877161571'));
    expect(offer.map((e) => e.loc)).toEqual([
      `${site}/products/606877161571`,
      `${site}/ru/products/606877161571`,
      `${site}/es/products/606877161571`,
      `${site}/zh/products/606877161571`,
    ]);
    for (const entry of offer) {
      expect(entry.alternates).toEqual({
        en: `${site}/products/606877161571`,
        ru: `${site}/ru/products/606877161571`,
        es: `${site}/es/products/606877161571`,
        zh: `${site}/zh/products/606877161571`,
        'x-default': `${site}/products/606877161571`,
      });
    }
    // The same alternates as the page's own metadata names.
    const category = entries.find((e) => e.loc.includes('/es/products?category='))!;
    const path = category.loc.slice(`${site}/es`.length);
    const { languages } = localeAlternates('es', path) as { languages: Record<string, string> };
    expect(category.alternates).toEqual(
      Object.fromEntries(Object.entries(languages).map(([l, p]) => [l, `${site}${p}`])),
    );
    // Every entry is one of its own alternates, and has all five.
    for (const entry of entries) {
      expect(Object.keys(entry.alternates)).toEqual(['en', 'ru', 'es', 'zh', 'x-default']);
      expect(Object.values(entry.alternates)).toContain(entry.loc);
    }
  });

  it('a sitemap file that does not exist is a 404', async () => {
    const res = await sitemapFileRoute(new Request('http://x/sitemaps/7.xml'), {
      params: Promise.resolve({ file: '7.xml' }),
    });
    expect(res.status).toBe(404);
  });
});

describe('crawlers', () => {
  it.each([
    ['Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)', true],
    ['Mozilla/5.0 (compatible; bingbot/2.0)', true],
    ['Mozilla/5.0 (compatible; YandexBot/3.0)', true],
    ['Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/156 Safari/537.36', false],
    ['Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) Safari/604.1', false],
  ])('%s → crawler: %s', (ua, expected) => {
    expect(isCrawler(ua)).toBe(expected);
  });
});
