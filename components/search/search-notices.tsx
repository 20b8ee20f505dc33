import { useTranslations } from 'next-intl';
import { CatalogLink as Link } from '@/components/ui/catalog-link';
import type { Marketplace, PastedLink } from '@/lib/domain/links';
import type { SearchInterpretation, SearchQuery } from '@/lib/domain/schemas';
import { searchHref } from '@/lib/domain/search-links';

/** How a search was read when it was not read word for word, with a way back to the words. */
export function InterpretationNotice({
  query,
  interpretation,
  base = '/products',
}: {
  query: SearchQuery;
  interpretation?: SearchInterpretation;
  base?: string;
}) {
  const t = useTranslations('SearchNotices');
  if (!interpretation?.corrected && !interpretation?.partial) return null;
  const { corrected, partial } = interpretation;
  return (
    <div
      className="space-y-1 rounded-lg border border-sky-200 bg-sky-50 px-3 py-2 text-sm text-sky-950"
      data-testid="search-interpretation"
    >
      {corrected ? (
        <p>
          {t.rich('corrected', {
            corrected,
            query: query.q,
            strong: (chunks) => <strong className="font-semibold">{chunks}</strong>,
            link: (chunks) => (
              <Link
                href={searchHref({ ...query, exact: true, page: 1 }, base)}
                className="font-medium text-brand-700 underline"
              >
                {chunks}
              </Link>
            ),
          })}
        </p>
      ) : null}
      {partial ? (
        <p>
          {t.rich('partial', {
            all: corrected ?? query.q,
            matched: partial.matched,
            strong: (chunks) => <strong className="font-semibold">{chunks}</strong>,
          })}
          {partial.unmatched.length ? (
            <span className="text-sky-800">
              {' '}
              {t('unmatched', { words: partial.unmatched.map((w) => `“${w}”`).join(', ') })}
            </span>
          ) : null}
          .
        </p>
      ) : null}
    </div>
  );
}

/** Each marketplace's message (its name in the page's language). */
const MARKETPLACE_KEY: Record<Marketplace, string> = {
  Taobao: 'taobao',
  Tmall: 'tmall',
  AliExpress: 'aliexpress',
  'Alibaba.com': 'alibaba',
  Pinduoduo: 'pinduoduo',
  'JD.com': 'jd',
};

/** A pasted link pifa cannot open: said for what it is, with what to do instead. */
export function PastedLinkNotice({ link }: { link: Exclude<PastedLink, { kind: 'offer' }> }) {
  const t = useTranslations('SearchNotices');
  const values: Record<string, string> =
    link.kind === 'marketplace'
      ? { marketplace: t(`marketplaces.${MARKETPLACE_KEY[link.marketplace]}`) }
      : {};
  const title = t(`link.${link.kind}.title`, values);
  const detail = t(`link.${link.kind}.detail`, values);
  return (
    <section
      aria-labelledby="pasted-link"
      className="rounded-xl border border-amber-200 bg-amber-50 p-6 text-amber-950"
    >
      <h2 id="pasted-link" className="text-lg font-semibold">
        {title}
      </h2>
      <p className="mt-2 text-sm">{detail}</p>
      <p className="mt-4 flex flex-wrap gap-4 text-sm font-medium">
        <Link href="/categories" className="text-brand-700 underline">
          {t('browse')}
        </Link>
      </p>
    </section>
  );
}
