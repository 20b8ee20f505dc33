/**
 * When `category.translation.getById` answers a category that has subcategories without
 * listing them (documented to happen), they come from `alibaba.category.get` (ids and Chinese
 * names) and each one's English name from its own translation read: several calls, once a day
 * at most for such a node, rather than a category with no way down.
 */
import type { Category } from '@/lib/domain/schemas';
import { APIS } from './apis';
import type { GatewayClient } from './client';
import { parseRaw, unwrap } from './envelope';
import { gatewayError, isGatewayError } from './errors';
import { categoryGet } from './raw-schemas';
import { readCategoryNode, type Report } from './shapes';
import { plainText } from './text';

const CONCURRENCY = 4;

export async function readChildrenByCategoryGet(
  client: GatewayClient,
  id: string,
  language: string,
  report: (api: string) => Report,
): Promise<Category[]> {
  const api = APIS.categoryGet;
  const raw = parseRaw(api.name, categoryGet, await client.call(api, { categoryID: id }));
  if (!(raw.succes || raw.success) || raw.errorCode) {
    throw gatewayError('upstream_error', {
      api: api.name,
      upstreamCode: raw.errorCode,
      upstreamMessage: raw.errorMsg,
    });
  }
  const translate = async (row: { id: string; name?: string; isLeaf: boolean }) => {
    const nameZh = plainText(row.name);
    const t = APIS.categoryTranslation;
    try {
      const payload = unwrap(t.name, await client.call(t, { categoryId: row.id, language }));
      const { category } = readCategoryNode(t.name, payload, report(t.name));
      return { ...category, nameZh: category.nameZh || nameZh, leaf: category.leaf ?? row.isLeaf };
    } catch (error) {
      // Without authorization nothing live works: say so rather than keep Chinese names.
      if (isGatewayError(error) && error.code === 'upstream_not_authorized') throw error;
      return { id: row.id, name: nameZh, nameZh, leaf: row.isLeaf, children: [] };
    }
  };
  const rows = raw.categoryInfo[0]?.childCategorys ?? [];
  const out: Category[] = [];
  for (let i = 0; i < rows.length; i += CONCURRENCY) {
    out.push(...(await Promise.all(rows.slice(i, i + CONCURRENCY).map(translate))));
  }
  return out;
}
