/** Walking the category tree, whichever provider it came from. */
import type { Category } from './schemas';

/** The categories from the top level down to `id`, or [] when it is not in the tree. */
export function findCategoryPath(roots: Category[], id: string): Category[] {
  for (const node of roots) {
    if (node.id === id) return [node];
    const below = findCategoryPath(node.children, id);
    if (below.length) return [node, ...below];
  }
  return [];
}

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
