/**
 * The first k of many candidates by a numeric key (smaller first, ties by smaller doc), without
 * sorting them all: a bounded max-heap keeps the best k seen so far, and most candidates are
 * dismissed by one comparison with the worst of those. A page of results needs only
 * offset + pageSize of the thousands of offers a broad word matches.
 */
let heap = new Int32Array(1024);

/**
 * `docs[0..count)` are the candidates and `keys[i]` the key of `docs[i]`; returns the docs of
 * the best k, in order.
 */
export function topK(docs: Int32Array, count: number, keys: Float64Array, k: number): number[] {
  const size = Math.min(k, count);
  if (size <= 0) return [];
  if (heap.length < size) heap = new Int32Array(size * 2);
  // worse(a, b): candidate a ranks after candidate b (both positions in docs).
  const worse = (a: number, b: number) =>
    keys[a]! > keys[b]! || (keys[a] === keys[b] && docs[a]! > docs[b]!);
  let n = 0;
  const siftUp = (i: number) => {
    const c = heap[i]!;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!worse(c, heap[parent]!)) break;
      heap[i] = heap[parent]!;
      i = parent;
    }
    heap[i] = c;
  };
  const siftDown = (i: number) => {
    const c = heap[i]!;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= n) break;
      const r = l + 1;
      const child = r < n && worse(heap[r]!, heap[l]!) ? r : l;
      if (!worse(heap[child]!, c)) break;
      heap[i] = heap[child]!;
      i = child;
    }
    heap[i] = c;
  };
  let i = 0;
  for (; i < size; i++) {
    heap[n] = i;
    siftUp(n++);
  }
  let rootKey = keys[heap[0]!]!;
  let rootDoc = docs[heap[0]!]!;
  for (; i < count; i++) {
    const key = keys[i]!;
    if (key > rootKey || (key === rootKey && docs[i]! > rootDoc)) continue;
    heap[0] = i;
    siftDown(0);
    rootKey = keys[heap[0]!]!;
    rootDoc = docs[heap[0]!]!;
  }
  const best = Array.from(heap.subarray(0, n));
  best.sort((a, b) => keys[a]! - keys[b]! || docs[a]! - docs[b]!);
  return best.map((pos) => docs[pos]!);
}
