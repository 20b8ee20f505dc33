import { ImageResponse } from 'next/og';
import { getCategory, searchProducts, supportedQuery } from '@/lib/catalog';
import { parseSearchKey } from '@/lib/domain/search-params';
import { previewCard, PREVIEW_SIZE, previewPicture } from '@/components/seo/preview-card';

/** The picture a shared link to a category or a search shows: its name, prices and an offer. */
export const size = PREVIEW_SIZE;
export const contentType = 'image/png';
export const revalidate = 3600;
export const alt = 'Wholesale offers on pifa';

export function generateStaticParams(): { query: string }[] {
  return [];
}

export default async function Image({ params }: { params: Promise<{ query: string }> }) {
  const query = supportedQuery(parseSearchKey((await params).query));
  const [{ data: page }, category] = await Promise.all([
    searchProducts({ ...query, pageSize: 20 }),
    query.category ? getCategory(query.category) : null,
  ]);
  const path = category?.data?.path ?? [];
  const name = query.q ? `“${query.q}”` : (path[path.length - 1]?.name ?? 'All products');
  const prices = page.items.map((i) => i.price.min);
  return new ImageResponse(
    previewCard({
      eyebrow: `${page.total.toLocaleString('en-US')} wholesale offers`,
      title: name,
      price: prices.length ? `from ¥${Math.min(...prices).toFixed(2)}` : '',
      picture: page.items[0] ? previewPicture(page.items[0].image) : null,
    }),
    size,
  );
}
