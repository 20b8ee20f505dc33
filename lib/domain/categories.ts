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
