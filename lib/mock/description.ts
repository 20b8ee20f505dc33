/**
 * The seller's description of a mock offer, in the kind of HTML 1688 sellers write: inline
 * styles, tables, pictures, and now and then markup that must never reach a buyer's browser
 * as it is (scripts, event handlers, remote pictures). The catalog layer sanitizes it.
 */
import type { ProductSummary } from '@/lib/domain/schemas';
import type { LeafInfo } from './categories';
import type { Random } from './random';

type DescribeInput = {
  index: number;
  summary: ProductSummary;
  leaf: LeafInfo;
  attributes: { name: string; nameZh?: string; value: string; valueZh?: string }[];
  images: string[];
};

const PROMISES = [
  ['Strict quality inspection before shipping', '发货前严格质检'],
  ['Stock ready, shipped from our own warehouse', '现货充足，自有仓库发货'],
  ['Custom logo and packaging from 500 pieces', '500件起可定制logo和包装'],
  ['Dropshipping supported, no invoice in the parcel', '支持一件代发，包裹内无发票'],
  ['Samples available; sample fee refunded on bulk orders', '可拿样，大货订单退还样品费'],
  ['Export cartons, suitable for sea and air freight', '出口纸箱包装，适合海运空运'],
];

const escape = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function describeOffer(r: Random, input: DescribeInput): string {
  const { summary, leaf, attributes, images } = input;
  const promises = r.sample(PROMISES, 3);
  const rows = attributes
    .map(
      (a) =>
        `<tr><td style="padding:4px 8px;background:#f5f5f5">${escape(a.nameZh ?? a.name)} ${escape(a.name)}</td>` +
        `<td style="padding:4px 8px">${escape(a.valueZh ?? a.value)} / ${escape(a.value)}</td></tr>`,
    )
    .join('');
  const parts = [
    `<h3 style="color:#c2410c">${escape(summary.titleZh)}</h3>`,
    `<p>${escape(summary.title)}. ${escape(leaf.names[2]!.en)} made by ${escape(summary.supplier.name)} in ${escape(summary.supplier.location)}.</p>`,
    `<ul>${promises.map(([en, zh]) => `<li>${zh} — ${en}</li>`).join('')}</ul>`,
    `<table border="1" style="border-collapse:collapse">${rows}</table>`,
    ...images
      .slice(1, 3)
      .map(
        (src) =>
          `<p><img src="${src}" alt="${escape(summary.title)}" width="400" height="400"></p>`,
      ),
  ];
  if (input.index % 50 === 7) {
    // Seller templates copied from other shops often carry trackers and remote pictures.
    parts.push(
      `<script>document.title='tracked'</script>`,
      `<p><img src="https://img.alicdn.com/imgextra/i4/banner.jpg" onerror="alert(1)" alt="shop banner"></p>`,
      `<p><a href="javascript:alert(1)">Contact the shop</a></p>`,
    );
  }
  return parts.join('\n');
}
