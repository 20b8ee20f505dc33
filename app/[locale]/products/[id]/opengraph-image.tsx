import { getTranslations } from 'next-intl/server';
import { getUnits } from '@/i18n/units-server';
import { catalogService } from '@/lib/catalog';
import { formatCnyRange } from '@/lib/domain/currency';
import { type Locale, toLocale } from '@/lib/domain/locales';
import { offerId } from '@/lib/domain/schemas';
import { previewImage, PREVIEW_SIZE, previewPicture } from '@/components/seo/preview-card';

/** The picture a shared link to an offer shows: title, price range and the offer's picture. */
export const revalidate = 3600;

type Params = Promise<{ locale: string; id: string }>;

export function generateStaticParams(): { id: string }[] {
  return [];
}

async function load(params: Params): Promise<{ locale: Locale; id: string }> {
  const { locale, id } = await params;
  return { locale: toLocale(locale), id };
}

async function offer(locale: Locale, id: string) {
  return offerId.safeParse(id).success ? (await catalogService(locale).getProduct(id)).data : null;
}

export async function generateImageMetadata({ params }: { params: Params }) {
  const { locale, id } = await load(params);
  const [t, product] = await Promise.all([
    getTranslations({ locale, namespace: 'Preview' }),
    offer(locale, id),
  ]);
  return [
    {
      id: 'card',
      alt: product ? t('offerAlt', { title: product.title }) : t('offerMissing'),
      size: PREVIEW_SIZE,
      contentType: 'image/png',
    },
  ];
}

export default async function Image({ params }: { params: Params }) {
  const { locale, id } = await load(params);
  const [t, units, product] = await Promise.all([
    getTranslations({ locale, namespace: 'Preview' }),
    getUnits(locale),
    offer(locale, id),
  ]);
  return previewImage({
    eyebrow: product
      ? t('offerFacts', {
          quantity: units.count(product.moq, product.unit),
          place: product.shipping.from || t('fromChina'),
        })
      : '',
    title: product?.title ?? t('offerMissing'),
    untitled: t('untitledOffer'),
    original: product?.titleZh,
    price: product ? formatCnyRange(product.price.min, product.price.max, locale) : '',
    tagline: t('tagline'),
    picture: product ? previewPicture(product.image) : null,
  });
}
