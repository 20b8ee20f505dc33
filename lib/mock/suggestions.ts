/**
 * Typeahead entries for the mock catalog, gathered once per catalog: the product nouns its
 * titles are made of (in English and Chinese), its categories at every level, and the synonym
 * table's terms, each weighted by how many offers stand behind it.
 */
import {
  categoryEntries,
  createSuggester,
  type SuggestEntry,
  type Suggester,
} from '@/lib/domain/suggest';
import { type MockCatalog, nounOf } from './catalog';

const built = new WeakMap<MockCatalog, Suggester>();

export function mockSuggester(catalog: MockCatalog): Suggester {
  let suggester = built.get(catalog);
  if (!suggester) built.set(catalog, (suggester = createSuggester(entriesOf(catalog))));
  return suggester;
}

function entriesOf(catalog: MockCatalog): SuggestEntry[] {
  const { tree, index } = catalog;
  const perCategory = new Map<string, number>();
  const nouns = new Map<string, { zh: string; count: number }>();
  const leaves = new Map(tree.leaves.map((l) => [l.id, l]));
  for (const summary of catalog.summaries) {
    for (const id of [
      summary.categoryId.slice(0, 3),
      summary.categoryId.slice(0, 5),
      summary.categoryId,
    ])
      perCategory.set(id, (perCategory.get(id) ?? 0) + 1);
    const leaf = leaves.get(summary.categoryId);
    if (!leaf) continue;
    const noun = nounOf(leaf, summary.title);
    const key = noun.en.toLowerCase();
    const had = nouns.get(key);
    nouns.set(key, { zh: noun.zh, count: (had?.count ?? 0) + 1 });
  }
  const out: SuggestEntry[] = [];
  for (const [en, { zh, count }] of nouns) {
    out.push({ text: en, kind: 'term', weight: count }, { text: zh, kind: 'term', weight: count });
  }
  out.push(...categoryEntries(tree.roots, (c) => perCategory.get(c.id) ?? 0));
  for (const group of index.vocabulary.groups) {
    const weight = group.posting.docs.length;
    if (weight === 0) continue;
    for (const term of group.terms) out.push({ text: term, kind: 'term', weight: weight / 2 });
  }
  return out;
}
