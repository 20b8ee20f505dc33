/**
 * Text to search tokens. Latin words are lower-cased and lightly stemmed ("dresses" and
 * "dress" meet); Chinese, which has no spaces, becomes character unigrams and bigrams, so
 * that "手机壳" finds "磁吸手机壳批发".
 */
// A run of Chinese characters, or of other letters and digits (a Chinese character ends it).
const WORD = String.raw`(?:(?!\p{Script=Han})[\p{L}\p{N}])+`;
const RUNS = new RegExp(String.raw`\p{Script=Han}+|${WORD}(?:[-']${WORD})*`, 'gu');
const HAN = /^\p{Script=Han}/u;
const STOPWORDS = new Set(['a', 'an', 'and', 'for', 'of', 'the', 'with', 'in', 'on', 'to', 'by']);

export function stem(word: string): string {
  if (word.length <= 3) return word;
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (/(ss|x|z|ch|sh)es$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us')) return word.slice(0, -1);
  return word;
}

function latinTokens(run: string, out: string[]): void {
  const pieces = run.split(/[-']/);
  for (const piece of pieces) if (!STOPWORDS.has(piece)) out.push(stem(piece));
  if (pieces.length > 1) out.push(stem(pieces.join('')));
}

/** Tokens for the index: every unigram and bigram of Chinese runs. */
export function indexTokens(text: string): string[] {
  const out: string[] = [];
  for (const [run] of text.toLowerCase().matchAll(RUNS)) {
    if (HAN.test(run)) {
      for (let i = 0; i < run.length; i++) {
        out.push(run[i]!);
        if (i + 1 < run.length) out.push(run.slice(i, i + 2));
      }
    } else {
      latinTokens(run, out);
    }
  }
  return out;
}

/** Tokens for a query: bigrams only for Chinese runs longer than one character. */
export function queryTokens(text: string): string[] {
  const out: string[] = [];
  for (const [run] of text.toLowerCase().matchAll(RUNS)) {
    if (HAN.test(run)) {
      if (run.length === 1) out.push(run);
      for (let i = 0; i + 1 < run.length; i++) out.push(run.slice(i, i + 2));
    } else {
      latinTokens(run, out);
    }
  }
  return [...new Set(out)];
}
