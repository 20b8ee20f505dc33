import { getTranslations } from 'next-intl/server';
import { catalogService } from '@/lib/catalog';
import { formatCny } from '@/lib/domain/currency';
import { toLocale } from '@/lib/domain/locales';
import { parseSearchKey } from '@/lib/domain/search-params';
import { previewImage, PREVIEW_SIZE, previewPicture } from '@/components/seo/preview-card';
import { previewFonts } from '@/components/seo/preview-fonts';

/** The picture a shared link to a category or a search shows: its name, prices and an offer. */
export const revalidate = 3600;

type Params = Promise<{ locale: string; query: string }>;

export function generateStaticParams(): { query: string }[] {
  return [];
}

const quoted = (text: string) => (text ? `“${text}”` : '');

/** The search or category the link names, and what to call it, in the link's language. */
async function load(params: Params) {
  const raw = await params;
  const locale = toLocale(raw.locale);
  const catalog = catalogService(locale);
  const query = catalog.supportedQuery(parseSearchKey(raw.query));
  const [t, category] = await Promise.all([
    getTranslations({ locale, namespace: 'Preview' }),
    query.category ? catalog.getCategory(query.category) : null,
  ]);
  const path = category?.data?.path ?? [];
  const subject = query.q ? quoted(query.q) : (path[path.length - 1]?.name ?? t('allProducts'));
  return { locale, catalog, query, t, subject };
}

export async function generateImageMetadata({ params }: { params: Params }) {
  const { t, subject } = await load(params);
  return [
    {
      id: 'card',
      alt: t('searchAlt', { subject }),
      size: PREVIEW_SIZE,
      contentType: 'image/png',
    },
  ];
}

export default async function Image({ params }: { params: Params }) {
  const { locale, catalog, query, t, subject } = await load(params);
  const [{ data: page }, { printable }] = await Promise.all([
    catalog.searchProducts({ ...query, pageSize: 20 }),
    previewFonts(),
  ]);
  const prices = page.items.map((i) => i.price.min);
  return previewImage({
    eyebrow: t('offerCount', { count: page.total }),
    // The query as the fonts can draw it, then quoted (nothing left: the card says "search").
    title: query.q ? quoted(printable(query.q)) : subject,
    untitled: t('untitledSearch'),
    price: prices.length ? t('from', { price: formatCny(Math.min(...prices), locale) }) : '',
    tagline: t('tagline'),
    picture: page.items[0] ? previewPicture(page.items[0].image) : null,
  });
}
