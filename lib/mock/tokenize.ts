/**
 * Text to search tokens. Latin words are lower-cased and lightly stemmed ("dresses" and
 * "dress" meet); Chinese, which has no spaces, becomes character unigrams and bigrams, so
 * that "手机壳" finds "磁吸手机壳批发". Text is cut into runs by a hand-written scanner (a run
 * of Chinese characters, or of other letters and digits, joined across single hyphens and
 * apostrophes): indexing 100,000 offers tokenizes millions of words.
 */
const STOPWORDS = new Set(['a', 'an', 'and', 'for', 'of', 'the', 'with', 'in', 'on', 'to', 'by']);
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const HAN_CHAR = /\p{Script=Han}/u;

export function stem(word: string): string {
  if (word.length <= 3) return word;
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (/(ss|x|z|ch|sh)es$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us')) return word.slice(0, -1);
  return word;
}

function isHan(code: number, char: string): boolean {
  if (code < 0x2e80) return false;
  if ((code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf)) return true;
  return HAN_CHAR.test(char);
}

function isWordChar(code: number, char: string): boolean {
  if (code < 128) {
    return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  }
  return LETTER_OR_DIGIT.test(char) && !isHan(code, char);
}

type Run = { text: string; start: number; han: boolean };

/** Runs of Chinese characters, and of other letters and digits (joined by - or '). */
export function runs(text: string): Run[] {
  const out: Run[] = [];
  let i = 0;
  while (i < text.length) {
    const code = text.codePointAt(i)!;
    const char = String.fromCodePoint(code);
    if (isHan(code, char)) {
      const start = i;
      while (i < text.length) {
        const c = text.codePointAt(i)!;
        if (!isHan(c, String.fromCodePoint(c))) break;
        i += c > 0xffff ? 2 : 1;
      }
      out.push({ text: text.slice(start, i), start, han: true });
    } else if (isWordChar(code, char)) {
      const start = i;
      for (;;) {
        while (i < text.length) {
          const c = text.codePointAt(i)!;
          if (!isWordChar(c, String.fromCodePoint(c))) break;
          i += c > 0xffff ? 2 : 1;
        }
        const joiner = text[i];
        const next = text.codePointAt(i + 1);
        if ((joiner === '-' || joiner === "'") && next !== undefined) {
          if (isWordChar(next, String.fromCodePoint(next))) {
            i += 1;
            continue;
          }
        }
        break;
      }
      out.push({ text: text.slice(start, i), start, han: false });
    } else {
      i += code > 0xffff ? 2 : 1;
    }
  }
  return out;
}

const latinCache = new Map<string, string[]>();
const MAX_CACHED = 50_000;

/** The tokens of one Latin run: its stemmed parts, and the parts joined when hyphenated. */
function latinTokens(run: string): string[] {
  let tokens = latinCache.get(run);
  if (tokens) return tokens;
  tokens = [];
  const pieces = run.toLowerCase().split(/[-']/);
  for (const piece of pieces) if (!STOPWORDS.has(piece)) tokens.push(stem(piece));
  if (pieces.length > 1) tokens.push(stem(pieces.join('')));
  if (latinCache.size < MAX_CACHED) latinCache.set(run, tokens);
  return tokens;
}

/** Tokens for the index: every unigram and bigram of Chinese runs. */
export function indexTokens(text: string): string[] {
  const out: string[] = [];
  for (const { text: run, han } of runs(text)) {
    if (han) {
      for (let i = 0; i < run.length; i++) {
        out.push(run[i]!);
        if (i + 1 < run.length) out.push(run.slice(i, i + 2));
      }
    } else {
      out.push(...latinTokens(run));
    }
  }
  return out;
}

/** Tokens for a query: bigrams only for Chinese runs longer than one character. */
export function queryTokens(text: string): string[] {
  const out: string[] = [];
  for (const { text: run, han } of runs(text)) {
    if (han) out.push(...hanTokens(run));
    else out.push(...latinTokens(run));
  }
  return [...new Set(out)];
}

/** One word of a query as the buyer typed it, with the token the index knows it by. */
export type QueryWord = {
  kind: 'latin' | 'han';
  /** Latin: lower-cased and stemmed, hyphenated parts joined ("t-shirts" → "tshirt"). Han: the run. */
  token: string;
  /** Latin words written with hyphens: their parts, stemmed ("usb-c" → ["usb", "c"]). */
  parts: string[];
  /** The word as typed, and where it is in the query. */
  text: string;
  start: number;
  end: number;
};

/** The words of a query in order, stopwords left out. */
export function queryWords(text: string): QueryWord[] {
  const out: QueryWord[] = [];
  for (const { text: run, start, han } of runs(text)) {
    const end = start + run.length;
    if (han) {
      out.push({ kind: 'han', token: run, parts: [], text: run, start, end });
      continue;
    }
    const parts = run
      .toLowerCase()
      .split(/[-']/)
      .filter((p) => p && !STOPWORDS.has(p));
    if (parts.length === 0) continue;
    out.push({
      kind: 'latin',
      token: stem(parts.join('')),
      parts: parts.length > 1 ? parts.map(stem) : [],
      text: run,
      start,
      end,
    });
  }
  return out;
}

/** The index tokens of one Han run in a query: its bigrams, or the character itself. */
export function hanTokens(run: string): string[] {
  if (run.length === 1) return [run];
  const out: string[] = [];
  for (let i = 0; i + 1 < run.length; i++) out.push(run.slice(i, i + 2));
  return [...new Set(out)];
}

/** A term's key as the index compares terms: its words' tokens joined by spaces. */
export function termKey(term: string): string {
  return queryWords(term)
    .map((w) => w.token)
    .join(' ');
}
