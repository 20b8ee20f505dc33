/**
 * Text from 1688 as plain text: titles and names arrive with markup (`<b>Hot Sale</b>`), HTML
 * entities (`&amp;`, `&#x4E2D;`), non-breaking and ideographic spaces, zero-width characters
 * and line breaks. Everything the domain calls a title or a name goes through `plainText`
 * before it reaches a domain type, so that React shows it as the buyer would read it. (The
 * seller's description is HTML on purpose and is sanitized elsewhere.)
 */
const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ensp: ' ',
  emsp: ' ',
  thinsp: ' ',
  middot: '·',
  bull: '•',
  hellip: '…',
  ndash: '–',
  mdash: '—',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  laquo: '«',
  raquo: '»',
  times: '×',
  deg: '°',
  plusmn: '±',
  yen: '¥',
  copy: '©',
  reg: '®',
  trade: '™',
};

function codePoint(n: number, original: string): string {
  if (!Number.isInteger(n) || n <= 0 || n > 0x10ffff || (n >= 0xd800 && n <= 0xdfff)) {
    return original;
  }
  return String.fromCodePoint(n);
}

/** `&amp;`, `&#39;`, `&#x4E2D;` → their characters; unknown entities are left as they are. */
export function decodeEntities(text: string): string {
  return text.replace(
    /&(#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});/g,
    (whole, body: string) => {
      if (body[0] === '#') {
        const hex = body[1] === 'x' || body[1] === 'X';
        return codePoint(parseInt(body.slice(hex ? 2 : 1), hex ? 16 : 10), whole);
      }
      return NAMED[body.toLowerCase()] ?? whole;
    },
  );
}

const TAG = /<\/?[a-zA-Z][^<>]*>|<!--[\s\S]*?-->/g;
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
const SPACE = /[\s\u00A0\u3000]+/g;

/**
 * Tags stripped, entities decoded, whitespace normalised. Tags are stripped both before and
 * after decoding, so that `&lt;b&gt;` (escaped markup) does not come back as a tag either.
 */
export function plainText(value: string | undefined | null): string {
  if (!value) return '';
  const once = decodeEntities(value.replace(TAG, ' '));
  return once.replace(TAG, ' ').replace(INVISIBLE, '').replace(SPACE, ' ').trim();
}

/** The plain text, or undefined when nothing is left. */
export function plainOrUndefined(value: string | undefined | null): string | undefined {
  return plainText(value) || undefined;
}

/** "6", "6年", "6 years", 6.0 → 6; anything else → undefined. */
export function wholeYears(value: string | number | undefined | null): number | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const n = typeof value === 'number' ? value : Number(/^\s*(\d{1,3})(?:\.\d+)?/.exec(value)?.[1]);
  return Number.isFinite(n) && n >= 0 && n < 100 ? Math.round(n) : undefined;
}
