/**
 * Links that buyers paste into the search box instead of keywords: 1688 offer pages in every
 * form they are shared (desktop and mobile pages, tracking parameters, `offerId=` forms, share
 * texts with words around the link), and links to other marketplaces, which pifa does not cover
 * and must say so rather than search for the URL's words.
 */

export type Marketplace =
  'Taobao' | 'Tmall' | 'AliExpress' | 'Alibaba.com' | 'Pinduoduo' | 'JD.com';

export type PastedLink =
  /** A 1688 offer: pages go straight to it. */
  | { kind: 'offer'; offerId: string }
  /** A 1688 short link (qr.1688.com): it can only be opened by 1688 itself. */
  | { kind: 'short_link'; url: string }
  /** A 1688 page that names no offer (a shop, a search, the home page). */
  | { kind: 'other_1688'; url: string }
  | { kind: 'marketplace'; marketplace: Marketplace; url: string };

/** The longest text (a share text with its link) that is read as a pasted link. */
export const MAX_PASTED_TEXT = 2000;

// A URL runs until whitespace, quotes, angle brackets or CJK punctuation and brackets.
const URL_RE =
  /(?:https?:\/\/)?(?:[a-z0-9-]+\.)+[a-z]{2,}(?::\d+)?(?:[/?#][^\s"'<>\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\u2018-\u201f]*)?/gi;
const OFFER_PATH = /\/offer\/(\d{6,20})\.html?/i;
const OFFER_PARAM = /(?<![a-z_])(?:offer_?id|offerIds?|object_?id)=(\d{6,20})/i;
const BARE_OFFER_PARAM = /(?:^|[\s?&#])offer_?id\s*[=:]\s*(\d{6,20})(?!\d)/i;

const MARKETPLACES: [RegExp, Marketplace][] = [
  [/(^|\.)tmall\.(com|hk)$/, 'Tmall'],
  [/(^|\.)(taobao\.com|tb\.cn)$/, 'Taobao'],
  [/(^|\.)aliexpress\.(com|us|ru)$/, 'AliExpress'],
  [/(^|\.)alibaba\.com$/, 'Alibaba.com'],
  [/(^|\.)(pinduoduo\.com|yangkeduo\.com)$/, 'Pinduoduo'],
  [/(^|\.)(jd\.com|3\.cn)$/, 'JD.com'],
];

function hostOf(candidate: string): { host: string; rest: string; url: string } | null {
  const url = /^https?:\/\//i.test(candidate) ? candidate : `https://${candidate}`;
  try {
    const parsed = new URL(url);
    return {
      host: parsed.hostname.toLowerCase(),
      rest: `${parsed.pathname}${parsed.search}${parsed.hash}`,
      url: `${parsed.origin}${parsed.pathname}`,
    };
  } catch {
    return null;
  }
}

function decoded(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** The offer id a 1688 URL names (its path, or an offerId parameter, possibly URL-encoded). */
function offerIdIn(rest: string): string | null {
  for (const text of [rest, decoded(rest), decoded(decoded(rest))]) {
    const m = OFFER_PATH.exec(text) ?? OFFER_PARAM.exec(text);
    if (m) return m[1]!;
  }
  return null;
}

function classify(candidate: string): PastedLink | null {
  const parsed = hostOf(candidate.replace(/[.,;:!?)\]}]+$/, ''));
  if (!parsed) return null;
  const { host, rest, url } = parsed;
  if (host === '1688.com' || host.endsWith('.1688.com')) {
    const offerId = offerIdIn(rest);
    if (offerId) return { kind: 'offer', offerId };
    if (host === 'qr.1688.com' || (host === 'm.1688.com' && rest.startsWith('/s/')))
      return { kind: 'short_link', url };
    return { kind: 'other_1688', url };
  }
  const market = MARKETPLACES.find(([re]) => re.test(host));
  return market ? { kind: 'marketplace', marketplace: market[1], url } : null;
}

/**
 * What a pasted text links to, or null when it is ordinary search words. A text holding
 * several links is read by its first 1688 offer link, else by its first recognised link.
 */
export function parsePastedLink(text: string): PastedLink | null {
  const input = text.slice(0, MAX_PASTED_TEXT).trim();
  if (!input) return null;
  let first: PastedLink | null = null;
  for (const [candidate] of input.matchAll(URL_RE)) {
    const link = classify(candidate);
    if (link?.kind === 'offer') return link;
    first ??= link;
  }
  if (first) return first;
  const bare = BARE_OFFER_PARAM.exec(input);
  if (bare) return { kind: 'offer', offerId: bare[1]! };
  // Share texts from the Taobao and Tmall apps name themselves even when their link is cut off.
  if (/【(淘宝|手机淘宝)】/.test(input))
    return { kind: 'marketplace', marketplace: 'Taobao', url: '' };
  if (/【天猫】/.test(input)) return { kind: 'marketplace', marketplace: 'Tmall', url: '' };
  return null;
}
