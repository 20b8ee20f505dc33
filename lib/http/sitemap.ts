/**
 * The sitemap in the sitemaps.org format: the home page, the category list and every category,
 * then offers, each in every language. As Google documents for multilingual sitemaps, every
 * language version is a <url> of its own naming all of them, and `x-default`, as
 * `<xhtml:link rel="alternate">`; the paths come from `alternatePaths`, as the pages' own
 * hreflang links do. Past 50,000 <url> elements (search engines' limit per file)
 * `/sitemap.xml` is an index of `/sitemaps/<n>.xml` files. In live mode only offers pifa
 * already holds are listed (every crawled offer would otherwise cost a 1688 call).
 */
import 'server-only';
import { knownOfferIds, listedCategories } from '@/lib/catalog';
import { siteUrl } from '@/lib/catalog/config';
import { alternatePaths, LOCALES } from '@/lib/domain/locales';

export const URLS_PER_FILE = 50_000;

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const site = () => siteUrl();

/** The pages listed, as unprefixed (English) paths. */
async function pagePaths(): Promise<string[]> {
  const categories = await listedCategories();
  return [
    '/',
    '/categories',
    ...categories.map((c) => `/products?category=${c.id}`),
    ...knownOfferIds().map((id) => `/products/${id}`),
  ];
}

/** Every <url> element, a page's language versions one after another. */
async function allUrls(): Promise<string[]> {
  const base = site();
  return (await pagePaths()).flatMap((path) => {
    const paths = alternatePaths(path);
    const links = Object.entries(paths)
      .map(
        ([hreflang, href]) =>
          `<xhtml:link rel="alternate" hreflang="${hreflang}" href="${escape(`${base}${href}`)}"/>`,
      )
      .join('');
    return LOCALES.map(
      (locale) => `<url><loc>${escape(`${base}${paths[locale]}`)}</loc>${links}</url>`,
    );
  });
}

const XML = {
  'Content-Type': 'application/xml; charset=utf-8',
  'Cache-Control': 'public, s-maxage=3600',
};

function urlset(urls: string[]): Response {
  return new Response(
    `<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">${urls.join('')}</urlset>`,
    { headers: XML },
  );
}

/** `/sitemap.xml`: every URL, or the index of the files when there are too many for one. */
export async function sitemapIndex(): Promise<Response> {
  const urls = await allUrls();
  if (urls.length <= URLS_PER_FILE) return urlset(urls);
  const files = Math.ceil(urls.length / URLS_PER_FILE);
  const body = Array.from(
    { length: files },
    (_, i) => `<sitemap><loc>${escape(`${site()}/sitemaps/${i + 1}.xml`)}</loc></sitemap>`,
  ).join('');
  return new Response(
    `<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${body}</sitemapindex>`,
    { headers: XML },
  );
}

/** `/sitemaps/<n>.xml`: the n-th 50,000 <url> elements; null when there is no such file. */
export async function sitemapFile(file: string): Promise<Response | null> {
  const n = /^([1-9]\d{0,3})\.xml$/.exec(file)?.[1];
  if (!n) return null;
  const urls = (await allUrls()).slice((Number(n) - 1) * URLS_PER_FILE, Number(n) * URLS_PER_FILE);
  return urls.length ? urlset(urls) : null;
}
