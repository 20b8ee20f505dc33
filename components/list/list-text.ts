/**
 * Problems the domain reports as codes (a list that cannot be read, rows of a CSV file that
 * cannot be imported), worded in the page's language.
 */
import { useTranslations } from 'next-intl';
import type { ImportError } from '@/lib/domain/list-export';
import type { ListProblem } from '@/lib/domain/sourcing-list';

type Problem = Partial<Pick<ListProblem, 'kind' | 'detail' | 'version' | 'newer'>> & {
  message: string;
};

export function useListText() {
  const t = useTranslations('ListProblems');
  return {
    /** Why a saved or shared list could not be read. */
    problem(p: Problem): string {
      if (p.kind === 'unsupported_version') {
        return t(p.newer ? 'newerVersion' : 'oldVersion', { version: p.version ?? '?' });
      }
      if (p.kind === 'corrupt') {
        return p.detail ? t('corrupt', { detail: p.detail }) : t('linkDamaged');
      }
      // Set aside by an older pifa: only its English sentence was kept.
      return p.message === 'unknown' ? t('unknown') : p.message;
    },
    importError(e: ImportError): string {
      switch (e.code) {
        case 'unreadable':
          return t('unreadable', { detail: e.detail });
        case 'empty':
          return t('empty');
        case 'missing_columns':
          return t('missingColumns', {
            columns: e.columns.map((c) => `“${c}”`).join(', '),
            count: e.columns.length,
          });
        case 'bad_offer_id':
          return t('badOfferId', { row: e.row, id: e.id });
        case 'bad_quantity':
          return t('badQuantity', { row: e.row, text: e.text });
        case 'variant_gone':
          return e.skuId
            ? t('variantGone', { offer: e.offerId, variant: e.skuId })
            : t('noVariantGone', { offer: e.offerId });
      }
    },
  };
}
