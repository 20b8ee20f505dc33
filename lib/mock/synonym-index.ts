/**
 * Posting lists for the synonym table (lib/domain/synonyms.ts), built once with the index: one
 * per group, the union of what each of its terms finds, so that a group counts as one word. A
 * term of several words (or a Chinese term) counts fully where it appears as written, in the
 * title or a category name, and less where its words are merely all present. Each term's bit
 * marks the offers whose titles use it, so that the very words typed can rank first.
 */
import { SYNONYM_GROUPS } from '@/lib/domain/synonyms';
import type { IndexDoc } from './index-fields';
import { type Posting, type UnionPart, unionOf } from './postings';
import { hanTokens, termKey } from './tokenize';
import type { Group } from './vocabulary';

/** Weight factor where a term's words are all there, but not together. */
export const LOOSE_FACTOR = 0.6;

const HAN = /\p{Script=Han}/u;

type Found = { docs: number[]; titles: number[]; rests: number[] };

/**
 * Offers having every token, with the title's part and the rest of their weights: the
 * strongest token's where the term appears as written (`whole(doc)`), else the mean.
 */
function findTerm(
  lists: { posting: Posting; titles: Float32Array }[],
  whole: (doc: number) => boolean,
): { whole: Found; loose: Found } {
  const out = {
    whole: { docs: [], titles: [], rests: [] } as Found,
    loose: { docs: [], titles: [], rests: [] } as Found,
  };
  const [first, ...others] = [...lists].sort(
    (a, b) => a.posting.docs.length - b.posting.docs.length,
  );
  if (!first) return out;
  const at = others.map(() => 0);
  next: for (let i = 0; i < first.posting.docs.length; i++) {
    const d = first.posting.docs[i]!;
    const positions = [i];
    for (let l = 0; l < others.length; l++) {
      const docs = others[l]!.posting.docs;
      let j = at[l]!;
      while (j < docs.length && docs[j]! < d) j++;
      at[l] = j;
      if (docs[j] !== d) continue next;
      positions.push(j);
    }
    const parts = [first, ...others].map((list, l) => {
      const t = list.titles[positions[l]!]!;
      return { title: t, rest: list.posting.weights[positions[l]!]! - t };
    });
    const asWritten = whole(d);
    const target = asWritten ? out.whole : out.loose;
    const combine = (values: number[]) =>
      asWritten ? Math.max(...values) : values.reduce((a, b) => a + b, 0) / values.length;
    target.docs.push(d);
    target.titles.push(combine(parts.map((p) => p.title)));
    target.rests.push(combine(parts.map((p) => p.rest)));
  }
  return out;
}

export function buildGroups(
  postings: Map<string, Posting>,
  titleParts: Map<string, Float32Array>,
  docs: readonly IndexDoc[],
): Group[] {
  const size = docs.length;
  const titleKeys: (string | undefined)[] = new Array(size);
  const nameKeys = new Map<string, string>();
  const keyOf = (text: string) => {
    let key = nameKeys.get(text);
    if (key === undefined) nameKeys.set(text, (key = ` ${termKey(text)} `));
    return key;
  };
  const inTitle = (d: number, term: string, key: string): boolean => {
    if (HAN.test(term)) return docs[d]!.titleZh.includes(term);
    const title = (titleKeys[d] ??= ` ${termKey(docs[d]!.title)} `);
    return title.includes(` ${key} `);
  };
  const inCategory = (d: number, term: string, key: string): boolean =>
    HAN.test(term)
      ? docs[d]!.categories.some((c) => c.zh.includes(term))
      : docs[d]!.categories.some((c) => keyOf(c.en).includes(` ${key} `));

  return SYNONYM_GROUPS.map((terms) => {
    const keys = terms.map((t) => termKey(t));
    const parts: UnionPart[] = [];
    const add = (found: Found, factor: number, bit: number) => {
      if (found.docs.length === 0) return;
      parts.push({
        docs: Int32Array.from(found.docs),
        titles: Float32Array.from(found.titles),
        rests: Float32Array.from(found.rests),
        factor,
        bit,
      });
    };
    keys.forEach((key, i) => {
      const term = terms[i]!;
      const han = HAN.test(term);
      const single = !han && !key.includes(' ');
      const tokens = single ? [key] : han ? hanTokens(term) : key.split(' ');
      const lists = tokens.map((t) => ({ posting: postings.get(t), titles: titleParts.get(t) }));
      if (lists.some((l) => !l.posting || !l.titles)) return;
      const { whole, loose } = findTerm(
        lists as { posting: Posting; titles: Float32Array }[],
        (d) => single || inTitle(d, term, key) || inCategory(d, term, key),
      );
      // Split what the term finds by whether the offer's title uses it (the term's own bit).
      const titled: Found = { docs: [], titles: [], rests: [] };
      const named: Found = { docs: [], titles: [], rests: [] };
      whole.docs.forEach((d, j) => {
        const into = inTitle(d, term, key) ? titled : named;
        into.docs.push(d);
        into.titles.push(whole.titles[j]!);
        into.rests.push(whole.rests[j]!);
      });
      add(titled, 1, 1 << i);
      add(named, 1, 0);
      add(loose, LOOSE_FACTOR, 0);
    });
    return { canonical: terms[0]!, terms, keys, posting: unionOf(parts, size) };
  });
}
