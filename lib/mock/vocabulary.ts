/**
 * The index's words and what a query word may stand for: a word of the catalog, the start of
 * one (the word being typed), a slip of one (typo tolerance), two glued together or one split,
 * or a term of a synonym group. Built once with the index; lookups are cheap enough to run on
 * every keystroke.
 */
import { allowedEdits, editDistance } from '@/lib/domain/edit-distance';
import type { Posting } from './postings';

export const MAX_PREFIX_EXPANSIONS = 40;

export type Group = {
  /** The term pifa names the group by. */
  canonical: string;
  /** The group's terms as the table writes them. */
  terms: readonly string[];
  /** Each term's key (see termKey), in the table's order; bit i of a mask is term i. */
  keys: string[];
  posting: Posting;
};

const LATIN = /^[a-z0-9]/;

export class Vocabulary {
  /** Latin words of the index, sorted, for prefix lookups. */
  private readonly sorted: string[];
  /**
   * Words a typo may be corrected to, by what is left of them with one or two letters deleted
   * (symmetric delete: two words within two slips share such a leftover).
   */
  private readonly byDeletion = new Map<string, string[]>();
  private readonly groupOf = new Map<string, { group: Group; bit: number }>();
  /** Every word that is part of some group's term. */
  private readonly groupWords = new Set<string>();
  readonly longestTerm: number;

  constructor(
    private readonly postings: Map<string, Posting>,
    private readonly surfaceOf: (token: string) => string,
    readonly groups: Group[],
  ) {
    this.sorted = [...postings.keys()].filter((t) => LATIN.test(t)).sort();
    let longest = 1;
    for (const group of groups) {
      group.keys.forEach((key, i) => {
        if (!this.groupOf.has(key)) this.groupOf.set(key, { group, bit: 1 << i });
        const words = key.split(' ');
        longest = Math.max(longest, words.length);
        for (const w of words) this.groupWords.add(w);
      });
    }
    this.longestTerm = longest;
    const candidates = new Set([
      ...this.sorted.filter((t) => t.length >= 3 && !/^\d+$/.test(t)),
      ...[...this.groupWords].filter((t) => LATIN.test(t) && t.length >= 3),
    ]);
    for (const word of candidates) {
      for (const rest of deletions(word, 2)) {
        const list = this.byDeletion.get(rest);
        if (list) list.push(word);
        else this.byDeletion.set(rest, [word]);
      }
    }
  }

  posting(token: string): Posting | undefined {
    return this.postings.get(token);
  }

  /** The group a term (by its key) belongs to, and the bit of that term. */
  group(key: string): { group: Group; bit: number } | undefined {
    return this.groupOf.get(key);
  }

  /** Whether the index or the synonym table knows this token as a whole word. */
  knows(token: string): boolean {
    return this.postings.has(token) || this.groupWords.has(token);
  }

  private df(token: string): number {
    const p = this.postings.get(token) ?? this.groupOf.get(token)?.group.posting;
    return p ? p.docs.length : 0;
  }

  /** The word as offers spell it (the index holds stems: "earbud" is shown as "earbuds"). */
  surface(token: string): string {
    return this.surfaceOf(token);
  }

  /** Postings of the indexed words that begin with `prefix` (most frequent first). */
  expansions(prefix: string): Posting[] {
    if (prefix.length < 2 || !LATIN.test(prefix)) return [];
    let lo = 0;
    let hi = this.sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.sorted[mid]! < prefix) lo = mid + 1;
      else hi = mid;
    }
    const out: Posting[] = [];
    for (let i = lo; i < this.sorted.length; i++) {
      const word = this.sorted[i]!;
      if (!word.startsWith(prefix)) break;
      if (word !== prefix) out.push(this.postings.get(word)!);
    }
    out.sort((a, b) => b.docs.length - a.docs.length);
    return out.slice(0, MAX_PREFIX_EXPANSIONS);
  }

  /**
   * The known word a mistyped one most likely is: the fewest slips (one allowed from 4
   * letters, two from 8), then the word more offers use. Null when nothing is close enough.
   */
  correct(token: string): string | null {
    const max = allowedEdits(token.length);
    if (max === 0 || !LATIN.test(token)) return null;
    let best: string | null = null;
    let bestDistance = max + 1;
    let bestDf = -1;
    const checked = new Set<string>();
    for (const rest of deletions(token, max)) {
      for (const word of this.byDeletion.get(rest) ?? []) {
        if (checked.has(word)) continue;
        checked.add(word);
        const d = editDistance(token, word, max);
        if (d > max || d > bestDistance) continue;
        const df = this.df(word);
        if (d < bestDistance || df > bestDf) {
          best = word;
          bestDistance = d;
          bestDf = df;
        }
      }
    }
    return best;
  }

  /** Two known words that a glued-together word is made of ("yogamat" → yoga, mat). */
  split(token: string): [string, string] | null {
    if (!LATIN.test(token) || token.length < 5) return null;
    let best: [string, string] | null = null;
    let bestDf = 0;
    for (let i = 2; i <= token.length - 2; i++) {
      const a = token.slice(0, i);
      const b = token.slice(i);
      const df = Math.min(this.df(a), this.df(b));
      if (df > bestDf) {
        best = [a, b];
        bestDf = df;
      }
    }
    return best;
  }
}

/** The word itself and what is left of it with up to `max` letters deleted. */
function deletions(word: string, max: number): Set<string> {
  const out = new Set<string>([word]);
  let level = [word];
  for (let k = 0; k < max; k++) {
    const next: string[] = [];
    for (const w of level) {
      if (w.length <= 1) continue;
      for (let i = 0; i < w.length; i++) {
        const rest = w.slice(0, i) + w.slice(i + 1);
        if (!out.has(rest)) {
          out.add(rest);
          next.push(rest);
        }
      }
    }
    level = next;
  }
  return out;
}
