/**
 * The fake gateway's `category.translation.getById`, in the documented shape: the node with
 * its children translated (`leaf` a string on the node, a boolean on the children), category 0
 * as the root whose children are the top level, and an unknown id as a business failure. A
 * node's children can be left out (`children: null`), as 1688 is documented to do sometimes.
 */
import type { MockCatalog } from '@/lib/mock/catalog';

type Node = { id: string; name: string; nameZh: string; children: Node[] };

export function translationAnswer(
  catalog: MockCatalog,
  id: string,
  language: string,
  omitChildren: boolean,
) {
  const found = id === '0' ? null : catalog.tree.byId.get(id);
  if (id !== '0' && !found) {
    return {
      result: { success: false, code: '500_002', message: '类目不存在 (category does not exist)' },
    };
  }
  const level = found ? found.level : 0;
  const parentId = found ? (found.path[found.path.length - 2] ?? '0') : '0';
  const node: Node = found
    ? found.category
    : { id: '0', name: 'All categories', nameZh: '全部类目', children: catalog.tree.roots };
  const child = (c: Node) => ({
    categoryId: Number(c.id),
    chineseName: c.nameZh,
    translatedName: c.name,
    language,
    leaf: c.children.length === 0,
    level: String(level + 1),
    parentCateId: Number(node.id),
    fromCache: true,
  });
  const payload = {
    categoryId: Number(node.id),
    chineseName: node.nameZh,
    translatedName: node.name,
    language,
    leaf: String(node.children.length === 0 && level > 0),
    level: String(level),
    parentCateId: String(parentId),
    fromCache: false,
    children: omitChildren ? null : node.children.map(child),
  };
  // Documented as wrapped once, seen wrapped twice: answer both ways.
  return level % 2
    ? { result: { success: true, code: 'S0000', message: '成功', result: payload } }
    : { result: payload };
}
