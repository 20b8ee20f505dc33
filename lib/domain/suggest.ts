/**
 * Typeahead: what to suggest while a buyer types, from a catalog's vocabulary (product words,
 * category names, the synonym table). Every word typed must begin a word of the suggestion, in
 * order ("blu ear" → "bluetooth earbuds"); Chinese matches anywhere in the text. When too few
 * suggestions match exactly, a word one slip away still counts ("blut" → "bluetooth"). Ranked
 * by where the match starts, whether it was exact, and how many offers stand behind the
 * suggestion. Pure: both providers build their own entries.
 */
import { allowedEdits, editDistance } from './edit-distance';
import type { Category, Suggestion } from './schemas';

export type SuggestEntry = Suggestion & {
  /** How many offers stand behind it (or any measure of how common it is). */
  weight: number;
};

type Prepared = SuggestEntry & { words: string[]; lower: string; han: boolean };

export const MAX_SUGGESTIONS = 8;
const MAX_CATEGORIES = 3;
const FEW = 3;
const HAN = /\p{Script=Han}/u;

const wordsOf = (text: string) =>
  text
    .toLowerCase()
    .split(/[\s\-&,/()›]+/)
    .filter(Boolean);

export type Suggester = { suggest(q: string, limit?: number): Suggestion[] };

export function createSuggester(entries: readonly SuggestEntry[]): Suggester {
  const seen = new Set<string>();
  const prepared: Prepared[] = [];
  for (const e of [...entries].sort((a, b) => b.weight - a.weight)) {
    const key = `${e.kind}:${e.text.toLowerCase()}:${e.categoryId ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    prepared.push({
      ...e,
      words: wordsOf(e.text),
      lower: e.text.toLowerCase(),
      han: HAN.test(e.text),
    });
  }
  return {
    suggest(q, limit = MAX_SUGGESTIONS) {
      const text = q.trim().toLowerCase();
      if (!text) return [];
      const typing = !/\s$/.test(q);
      const typed = wordsOf(text);
      const exact = rank(prepared, text, typed, typing, false);
      // Near misses only when the words as typed find little: "blut" → "bluetooth".
      const found =
        exact.length >= FEW ? exact : [...exact, ...rank(prepared, text, typed, typing, true)];
      return pick(found, limit);
    },
  };
}

type Scored = { entry: Prepared; score: number };

/** How a typed word matches a word of the entry: 2 exactly or as its start, 1 with a slip, 0 not. */
function wordMatch(typed: string, word: string, last: boolean, fuzzy: boolean): number {
  if (last ? word.startsWith(typed) : word === typed || word.startsWith(typed)) return 2;
  if (!fuzzy) return 0;
  const max = allowedEdits(typed.length);
  if (max === 0) return 0;
  const against = last && word.length > typed.length ? word.slice(0, typed.length) : word;
  return editDistance(typed, against, max) <= max ? 1 : 0;
}

function rank(
  entries: Prepared[],
  text: string,
  typed: string[],
  typing: boolean,
  fuzzy: boolean,
): Scored[] {
  const out: Scored[] = [];
  for (const entry of entries) {
    let score = 0;
    if (HAN.test(text) || entry.han) {
      if (fuzzy) continue;
      const at = entry.lower.indexOf(text);
      if (at < 0) continue;
      score = at === 0 ? 3 : 1;
    } else {
      score = phraseScore(entry.words, typed, typing, fuzzy);
      if (score === 0) continue;
    }
    out.push({ entry, score: score + Math.log10(1 + entry.weight) / 10 });
  }
  return out;
}

/** The typed words, in order, against consecutive words of the entry (the best start wins). */
function phraseScore(words: string[], typed: string[], typing: boolean, fuzzy: boolean): number {
  let best = 0;
  for (let start = 0; start + typed.length <= words.length; start++) {
    let total = 0;
    let slips = false;
    for (let k = 0; k < typed.length; k++) {
      const m = wordMatch(typed[k]!, words[start + k]!, typing && k === typed.length - 1, fuzzy);
      if (m === 0) {
        total = -1;
        break;
      }
      if (m === 1) slips = true;
      total += m;
    }
    if (total < 0 || (fuzzy && !slips)) continue;
    const score =
      (start === 0 ? 3 : 1) + (slips ? 0 : 1) + (words.length === typed.length ? 0.5 : 0);
    best = Math.max(best, score);
  }
  return best;
}

function pick(found: Scored[], limit: number): Suggestion[] {
  found.sort((a, b) => b.score - a.score);
  const out: Suggestion[] = [];
  const texts = new Set<string>();
  let categories = 0;
  for (const { entry } of found) {
    if (out.length >= limit) break;
    const key = `${entry.kind}:${entry.lower}`;
    if (texts.has(key)) continue;
    if (entry.kind === 'category' && categories >= MAX_CATEGORIES) continue;
    texts.add(key);
    if (entry.kind === 'category') categories++;
    const { text, kind, categoryId, context } = entry;
    out.push({
      text,
      kind,
      ...(categoryId ? { categoryId } : {}),
      ...(context ? { context } : {}),
    });
  }
  return out;
}

/** A category tree as suggestions: each category with where it sits ("Toys › Plush Toys"). */
export function categoryEntries(
  roots: readonly Category[],
  weightOf: (category: Category, depth: number) => number,
): SuggestEntry[] {
  const out: SuggestEntry[] = [];
  const walk = (nodes: readonly Category[], path: string[]) => {
    for (const c of nodes) {
      const weight = weightOf(c, path.length);
      if (weight > 0) {
        const context = path.length ? path.join(' › ') : undefined;
        for (const text of new Set([c.name, c.nameZh].filter(Boolean))) {
          out.push({
            text,
            kind: 'category',
            categoryId: c.id,
            ...(context ? { context } : {}),
            weight,
          });
        }
      }
      walk(c.children, [...path, c.name]);
    }
  };
  walk(roots, []);
  return out;
}
