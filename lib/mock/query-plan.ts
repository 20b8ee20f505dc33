/**
 * A query turned into clauses the index can run: one per thing the buyer asked for, each with
 * the posting lists that satisfy it. On the way, words the catalog doesn't know are repaired
 * (glued, split or corrected, unless the buyer asked for the exact words), synonym terms of one
 * or more words become their group, the word being typed matches the words it begins, and
 * Chinese runs are cut around the synonym terms they contain.
 */
import { hanTokens, type QueryWord, queryWords } from './tokenize';
import { intersect, type Posting } from './postings';
import type { Vocabulary } from './vocabulary';

const MAX_WORDS = 12;
const MAX_HAN_TERM = 6;
export const PREFIX_FACTOR = 0.8;

export type Source = { posting: Posting; factor: number; bit: number };

export type Clause = {
  sources: Source[];
  idf: number;
  /** Offers that can satisfy it (an estimate when sources overlap), to run rare clauses first. */
  df: number;
  /** How pifa names it when saying what matched: a group's own term, else the word searched. */
  named: string;
  /** The words as typed. */
  typed: string;
};

export type Plan = { clauses: Clause[]; corrected?: string };

/** `shown`: how a repaired word is named; `rewrite`: what replaces its span in the query. */
type Word = QueryWord & { shown?: string; rewrite?: string };

const renamed = (text: string) => ({ shown: text, rewrite: text });

function repair(words: Word[], vocab: Vocabulary, typing: boolean, exact: boolean): boolean {
  let corrected = false;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (w.kind !== 'latin' || vocab.knows(w.token)) continue;
    if (typing && i === words.length - 1 && vocab.expansions(w.token).length) continue;
    if (w.parts.length > 1 && w.parts.every((p) => vocab.knows(p))) {
      const pieces = w.parts.map((token) => ({ ...w, token, parts: [] }));
      words.splice(i, 1, ...pieces);
      i += pieces.length - 1;
      continue;
    }
    if (exact) continue;
    const next = words[i + 1];
    const prev = words[i - 1];
    if (next?.kind === 'latin' && vocab.knows(w.token + next.token)) {
      const token = w.token + next.token;
      words.splice(i, 2, { ...w, token, end: next.end, ...renamed(vocab.surface(token)) });
      corrected = true;
      continue;
    }
    if (prev?.kind === 'latin' && !prev.shown && vocab.knows(prev.token + w.token)) {
      const token = prev.token + w.token;
      words.splice(i - 1, 2, { ...prev, token, end: w.end, ...renamed(vocab.surface(token)) });
      corrected = true;
      i--;
      continue;
    }
    const halves = vocab.split(w.token);
    if (halves) {
      const [a, b] = halves;
      const whole = `${vocab.surface(a)} ${vocab.surface(b)}`;
      words.splice(
        i,
        1,
        { ...w, token: a, shown: vocab.surface(a), rewrite: whole },
        { ...w, token: b, shown: vocab.surface(b), rewrite: '' },
      );
      corrected = true;
      i++;
      continue;
    }
    const fixed = vocab.correct(w.token);
    if (fixed) {
      words[i] = { ...w, token: fixed, ...renamed(vocab.surface(fixed)) };
      corrected = true;
    }
  }
  return corrected;
}

function tokenClause(vocab: Vocabulary, w: Word, typing: boolean, typed: string): Clause {
  const named = w.shown ?? typed;
  const exact = vocab.posting(w.token);
  if (exact) {
    return {
      sources: [{ posting: exact, factor: 1, bit: 0 }],
      idf: exact.idf,
      df: exact.docs.length,
      named,
      typed,
    };
  }
  const expansions = typing ? vocab.expansions(w.token) : [];
  // The word being typed may also be a slip of a whole word ("yoga matt" is "yoga mat").
  const fixed = typing && expansions.length ? vocab.correct(w.token) : null;
  const alternative = fixed ? vocab.posting(fixed) : undefined;
  const sources: Source[] = expansions.map((posting) => ({
    posting,
    factor: PREFIX_FACTOR,
    bit: 0,
  }));
  if (alternative && !expansions.includes(alternative))
    sources.unshift({ posting: alternative, factor: 1, bit: 0 });
  return {
    sources,
    idf: (alternative ?? expansions[0])?.idf ?? 0,
    df: sources.reduce((n, s) => n + s.posting.docs.length, 0),
    named,
    typed,
  };
}

function hanClauses(vocab: Vocabulary, run: string, size: number, out: Clause[]) {
  let pending = '';
  const flush = () => {
    if (!pending) return;
    const lists = hanTokens(pending).map((t) => vocab.posting(t));
    const posting = lists.every((p): p is Posting => !!p)
      ? lists.length === 1
        ? lists[0]!
        : intersect(lists, size)
      : null;
    out.push({
      sources: posting && posting.docs.length ? [{ posting, factor: 1, bit: 0 }] : [],
      idf: posting?.idf ?? 0,
      df: posting?.docs.length ?? 0,
      named: pending,
      typed: pending,
    });
    pending = '';
  };
  for (let j = 0; j < run.length;) {
    let matched = 0;
    for (let len = Math.min(MAX_HAN_TERM, run.length - j); len >= 2 && !matched; len--) {
      const found = vocab.group(run.slice(j, j + len));
      if (!found) continue;
      flush();
      out.push(groupClause(found, run.slice(j, j + len)));
      matched = len;
    }
    if (!matched) pending += run[j];
    j += matched || 1;
  }
  flush();
}

function groupClause(found: NonNullable<ReturnType<Vocabulary['group']>>, typed: string): Clause {
  const { group, bit } = found;
  return {
    sources: [{ posting: group.posting, factor: 1, bit }],
    idf: group.posting.idf,
    df: group.posting.docs.length,
    named: group.canonical,
    typed,
  };
}

/** `typing`: the last word may be unfinished (the query does not end with a space). */
export function planQuery(
  q: string,
  vocab: Vocabulary,
  size: number,
  options: { typing: boolean; exact: boolean },
): Plan {
  const words: Word[] = queryWords(q).slice(0, MAX_WORDS);
  const corrected = repair(words, vocab, options.typing, options.exact);
  const clauses: Clause[] = [];
  for (let i = 0; i < words.length;) {
    const w = words[i]!;
    if (w.kind === 'han') {
      hanClauses(vocab, w.token, size, clauses);
      i++;
      continue;
    }
    let taken = 0;
    for (let len = Math.min(vocab.longestTerm, words.length - i); len >= 1 && !taken; len--) {
      const span = words.slice(i, i + len);
      if (span.some((s) => s.kind !== 'latin')) continue;
      const found = vocab.group(span.map((s) => s.token).join(' '));
      if (!found) continue;
      clauses.push(groupClause(found, q.slice(span[0]!.start, span[len - 1]!.end)));
      taken = len;
    }
    if (!taken) {
      const typing = options.typing && i === words.length - 1;
      clauses.push(tokenClause(vocab, w, typing, q.slice(w.start, w.end)));
      taken = 1;
    }
    i += taken;
  }
  return { clauses, corrected: corrected ? rewrite(q, words) : undefined };
}

/** The query as searched: each repaired word replaced by what it was read as. */
function rewrite(q: string, words: Word[]): string {
  let out = '';
  let at = 0;
  for (const w of words) {
    if (w.rewrite === undefined || w.start < at) continue;
    out += q.slice(at, w.start) + w.rewrite;
    at = w.end;
  }
  return (out + q.slice(at)).replace(/\s+/g, ' ').trim();
}
