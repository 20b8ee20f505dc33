/**
 * Posting lists: for one token (or one group of synonyms) the offers that have it, in
 * ascending order, with the weight it has in each (see index-fields.ts). Groups also record
 * which of their terms each offer has, so that the very words typed can rank first.
 */
export type Posting = {
  docs: Int32Array;
  weights: Float32Array;
  idf: number;
  /** Groups only: bit i set when the offer has the group's term i. */
  masks?: Uint32Array;
};

export const idfOf = (df: number, size: number) => Math.log(1 + size / Math.max(1, df));

export const EMPTY: Posting = { docs: new Int32Array(0), weights: new Float32Array(0), idf: 0 };

/** Offers in every list, weighted by the mean (or the greatest) of their weights there. */
export function intersect(
  lists: readonly Posting[],
  size: number,
  combine: 'mean' | 'max' = 'mean',
): Posting {
  if (lists.length === 0) return EMPTY;
  const sorted = [...lists].sort((a, b) => a.docs.length - b.docs.length);
  let docs = sorted[0]!.docs;
  let weights = Float32Array.from(sorted[0]!.weights);
  for (let l = 1; l < sorted.length && docs.length > 0; l++) {
    const other = sorted[l]!;
    const keptDocs = new Int32Array(docs.length);
    const keptWeights = new Float32Array(docs.length);
    let n = 0;
    let j = 0;
    for (let i = 0; i < docs.length; i++) {
      const d = docs[i]!;
      while (j < other.docs.length && other.docs[j]! < d) j++;
      if (j === other.docs.length) break;
      if (other.docs[j] === d) {
        keptDocs[n] = d;
        keptWeights[n++] =
          combine === 'max'
            ? Math.max(weights[i]!, other.weights[j]!)
            : weights[i]! + other.weights[j]!;
      }
    }
    docs = keptDocs.subarray(0, n);
    weights = keptWeights.subarray(0, n);
  }
  if (combine === 'mean') {
    for (let i = 0; i < weights.length; i++) weights[i] = weights[i]! / sorted.length;
  }
  return { docs, weights, idf: idfOf(docs.length, size) };
}

/**
 * One part of a union: offers, the title's part and the rest (category, supplier) of their
 * weights, a factor for both, and the bit that marks the part.
 */
export type UnionPart = {
  docs: Int32Array;
  titles: Float32Array;
  rests: Float32Array;
  factor: number;
  bit: number;
};

/**
 * Offers in any of the parts, each weighted by its best title part plus its best other part
 * (so that synonyms count as one word: a title saying "cover" and a category saying "Phone
 * Cases" add up as "case" in both would), with the bits of every part it is in. Built once per
 * synonym group, with scratch space as large as the catalog.
 */
export function unionOf(parts: readonly UnionPart[], size: number): Posting {
  const title = new Float32Array(size);
  const rest = new Float32Array(size);
  const masks = new Uint32Array(size);
  const seen = new Uint8Array(size);
  const docs: number[] = [];
  for (const part of parts) {
    for (let i = 0; i < part.docs.length; i++) {
      const d = part.docs[i]!;
      if (!seen[d]) {
        seen[d] = 1;
        docs.push(d);
      }
      masks[d] = masks[d]! | part.bit;
      title[d] = Math.max(title[d]!, part.titles[i]! * part.factor);
      rest[d] = Math.max(rest[d]!, part.rests[i]! * part.factor);
    }
  }
  docs.sort((a, b) => a - b);
  return {
    docs: Int32Array.from(docs),
    weights: Float32Array.from(docs, (d) => title[d]! + rest[d]!),
    masks: Uint32Array.from(docs, (d) => masks[d]!),
    idf: idfOf(docs.length, size),
  };
}
