/** The option axes (colour, size…) of a product, derived from its SKUs. */
import type { Sku, SkuAttribute } from './schemas';

export type SkuAxis = {
  name: string;
  nameZh?: string;
  values: { value: string; valueZh?: string }[];
};

export function skuAxes(skus: Sku[]): SkuAxis[] {
  const axes: SkuAxis[] = [];
  for (const sku of skus) {
    for (const attr of sku.attributes) {
      let axis = axes.find((a) => a.name === attr.name);
      if (!axis) axes.push((axis = { name: attr.name, nameZh: attr.nameZh, values: [] }));
      if (!axis.values.some((v) => v.value === attr.value)) {
        axis.values.push({ value: attr.value, valueZh: attr.valueZh });
      }
    }
  }
  return axes;
}

export type Selection = Record<string, string>;

export function selectionOf(sku: Sku): Selection {
  return Object.fromEntries(sku.attributes.map((a) => [a.name, a.value]));
}

/** The SKU with exactly the chosen values, or null when that combination isn't sold. */
export function findSku(skus: Sku[], selection: Selection): Sku | null {
  return skus.find((s) => s.attributes.every((a) => selection[a.name] === a.value)) ?? null;
}

export type SkuGrid = {
  rows: SkuAxis;
  columns: SkuAxis;
  cell(row: string, column: string): Sku | null;
};

/**
 * Two option axes (colour × size) laid out as a grid, rows the first axis and columns the
 * second; null when the SKUs don't form one (one axis, three, or SKUs naming others).
 */
export function skuGrid(skus: Sku[]): SkuGrid | null {
  const axes = skuAxes(skus);
  if (axes.length !== 2 || !skus.every((s) => s.attributes.length === 2)) return null;
  const [rows, columns] = axes as [SkuAxis, SkuAxis];
  return {
    rows,
    columns,
    cell: (row, column) => findSku(skus, { [rows.name]: row, [columns.name]: column }),
  };
}

/** "Black / M": a SKU's values, for labels. */
export function skuLabel(sku: Pick<Sku, 'attributes'>): string {
  return sku.attributes.map((a) => a.value).join(' / ') || 'Standard';
}

/** "Colour: Black / Size: M", or its Chinese form "颜色：黑色 / 尺码：M". */
export function variantText(variant: readonly SkuAttribute[], lang: 'en' | 'zh'): string {
  return variant
    .map((a) =>
      lang === 'en' ? `${a.name}: ${a.value}` : `${a.nameZh ?? a.name}：${a.valueZh ?? a.value}`,
    )
    .join(' / ');
}
