/** Walking the category tree, whichever provider it came from. */
import type { Category } from './schemas';

export function countCategories(roots: Category[]): number {
  return roots.reduce((n, c) => n + 1 + countCategories(c.children), 0);
}

/** A category without its subcategories (what a path or a list of children holds). */
export function shallowCategory(c: Category): Category {
  return {
    id: c.id,
    name: c.name,
    nameZh: c.nameZh,
    leaf: c.leaf ?? c.children.length === 0,
    children: [],
  };
}
