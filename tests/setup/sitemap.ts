/** Reading a sitemap's <url> elements back: each one's <loc> and its hreflang alternates. */
export type SitemapEntry = { loc: string; alternates: Record<string, string> };

const unescape = (s: string) =>
  s.replace(/&#(\d+);/g, (_, code) => String.fromCharCode(Number(code)));

export function sitemapEntries(xml: string): SitemapEntry[] {
  return [...xml.matchAll(/<url>(.*?)<\/url>/g)].map(([, body = '']) => ({
    loc: unescape(/<loc>([^<]+)<\/loc>/.exec(body)?.[1] ?? ''),
    alternates: Object.fromEntries(
      [...body.matchAll(/<xhtml:link rel="alternate" hreflang="([^"]+)" href="([^"]+)"\/>/g)].map(
        ([, hreflang = '', href = '']) => [hreflang, unescape(href)],
      ),
    ),
  }));
}
