/**
 * The sitemap in the sitemaps.org format: the home page, the category list and every category,
 * then offers. Past 50,000 URLs (search engines' limit per file) `/sitemap.xml` is an index of
 * `/sitemaps/<n>.xml` files. In live mode only offers pifa already holds are listed (every
 * crawled offer would otherwise cost a 1688 call).
 */
import 'server-only';
import { knownOfferIds, listedCategories } from '@/lib/catalog';
import { siteUrl } from '@/lib/catalog/config';

export const URLS_PER_FILE = 50_000;

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const site = () => siteUrl();

async function allUrls(): Promise<string[]> {
  const base = site();
  const categories = await listedCategories();
  return [
    `${base}/`,
    `${base}/categories`,
    ...categories.map((c) => `${base}/products?category=${c.id}`),
    ...knownOfferIds().map((id) => `${base}/products/${id}`),
  ];
}

const XML = {
  'Content-Type': 'application/xml; charset=utf-8',
  'Cache-Control': 'public, s-maxage=3600',
};

function urlset(urls: string[]): Response {
  const body = urls.map((u) => `<url><loc>${escape(u)}</loc></url>`).join('');
  return new Response(
    `<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${body}</urlset>`,
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

/** `/sitemaps/<n>.xml`: the n-th 50,000 URLs; null when there is no such file. */
export async function sitemapFile(file: string): Promise<Response | null> {
  const n = /^([1-9]\d{0,3})\.xml$/.exec(file)?.[1];
  if (!n) return null;
  const urls = (await allUrls()).slice((Number(n) - 1) * URLS_PER_FILE, Number(n) * URLS_PER_FILE);
  return urls.length ? urlset(urls) : null;
}
