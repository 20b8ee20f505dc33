import { ImageResponse } from 'next/og';
import { getProduct } from '@/lib/catalog';
import { offerId } from '@/lib/domain/schemas';
import { previewCard, PREVIEW_SIZE, previewPicture } from '@/components/seo/preview-card';

/** The picture a shared link to an offer shows: title, price range and the offer's picture. */
export const size = PREVIEW_SIZE;
export const contentType = 'image/png';
export const revalidate = 3600;
export const alt = 'An offer on pifa';

export function generateStaticParams(): { id: string }[] {
  return [];
}

export default async function Image({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const product = offerId.safeParse(id).success ? (await getProduct(id)).data : null;
  return new ImageResponse(
    previewCard({
      eyebrow: product ? `MOQ ${product.moq} · ships from ${product.shipping.from || 'China'}` : '',
      title: product?.title ?? 'Offer not found',
      price: product
        ? product.price.min === product.price.max
          ? `¥${product.price.min.toFixed(2)}`
          : `¥${product.price.min.toFixed(2)} – ¥${product.price.max.toFixed(2)}`
        : '',
      picture: product ? previewPicture(product.image) : null,
    }),
    size,
  );
}
