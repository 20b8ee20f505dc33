/**
 * Image search for a mock catalog: an uploaded picture's fingerprint (kept for the last few
 * hundred pictures, so that paging through results does not decode it again) against the
 * catalog's visual index, built once per catalog on the first upload.
 */
import { createHash } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import type { MockCatalog } from './catalog';
import { VisualIndex, type VisualMatches } from './visual-index';
import { type Fingerprint, fingerprintImage } from './visual';

export type VisualSearch = {
  /** Fingerprints a picture and answers the reference to search it by. */
  remember(picture: Uint8Array): Promise<string>;
  /** The offers most like the picture (`ref` from remember, or the picture again). */
  match(ref: string, picture: Uint8Array): Promise<VisualMatches>;
  /** Fingerprints the catalog's pictures now rather than on the first search. */
  warm(): Promise<void>;
};

const searches = new WeakMap<MockCatalog, VisualSearch>();

export function visualSearch(catalog: MockCatalog): VisualSearch {
  let search = searches.get(catalog);
  if (!search) searches.set(catalog, (search = createVisualSearch(catalog)));
  return search;
}

function createVisualSearch(catalog: MockCatalog): VisualSearch {
  const index = new VisualIndex(catalog.summaries.map((s) => s.image));
  const prints = new LRUCache<string, Fingerprint>({ max: 500 });
  const printOf = async (ref: string, picture: Uint8Array) => {
    let fp = prints.get(ref);
    if (!fp) prints.set(ref, (fp = await fingerprintImage(picture)));
    return fp;
  };
  return {
    async remember(picture) {
      const ref = `mock-${createHash('sha256').update(picture).digest('base64url').slice(0, 22)}`;
      await printOf(ref, picture);
      // The results page follows at once: start building the catalog's fingerprints now.
      void index.build();
      return ref;
    },
    async match(ref, picture) {
      return index.search(await printOf(ref, picture));
    },
    warm: () => index.build(),
  };
}
