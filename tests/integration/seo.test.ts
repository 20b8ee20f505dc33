import { beforeAll, describe, expect, it } from 'vitest';
import robots from '@/app/robots';
import { GET as sitemapRoute } from '@/app/sitemap.xml/route';
import { GET as sitemapFileRoute } from '@/app/sitemaps/[file]/route';
import { getCategory, getProduct, getTopCategories } from '@/lib/catalog';
import { breadcrumbJsonLd, productDescription, productJsonLd } from '@/lib/domain/structured-data';
import { isCrawler } from '@/lib/http/client-limits';

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

  it('the sitemap lists the home page, every category and every mock offer', async () => {
    const res = await sitemapRoute(new Request('http://x/sitemap.xml'));
    expect(res.headers.get('content-type')).toContain('application/xml');
    const xml = await res.text();
    expect(xml).toMatch(
      /^<\?xml version="1.0" encoding="UTF-8"\?><urlset xmlns="http:\/\/www\.sitemaps\.org\/schemas\/sitemap\/0\.9">/,
    );
    const urls = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    expect(urls).toContain('http://localhost:3000/');
    expect(urls.filter((u) => u.includes('/products?category=')).length).toBeGreaterThan(50);
    expect(urls.filter((u) => /\/products\/\d+$/.test(u)).length).toBe(5000);
    expect(new Set(urls).size).toBe(urls.length);
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
