'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { MAX_COMPARE } from '@/lib/domain/compare-links';
import { type CompareItem, toggleCompare, useCompared } from './compare-store';

/** Puts an offer in (or out of) the comparison tray. */
export function CompareToggle({ item, compact = false }: { item: CompareItem; compact?: boolean }) {
  const t = useTranslations('CompareToggle');
  const on = useCompared(item.id);
  const [problem, setProblem] = useState<'full' | 'failed' | null>(null);
  return (
    <span className="relative z-10 inline-flex flex-col items-start">
      <button
        type="button"
        aria-pressed={on}
        aria-label={compact ? t('label', { title: item.title }) : undefined}
        onClick={() =>
          toggleCompare(item).then(
            (added) => setProblem(added ? null : 'full'),
            () => setProblem('failed'),
          )
        }
        className={`rounded-md border px-2.5 py-1 text-xs font-semibold ${
          on
            ? 'border-brand-600 bg-brand-600 text-white hover:bg-brand-700'
            : 'border-slate-300 bg-white text-slate-700 hover:border-brand-600 hover:text-brand-700'
        }`}
      >
        {on ? `✓ ${t('on')}` : t('off')}
      </button>
      <span role="status" className="text-xs text-red-700">
        {problem === 'full' ? t('full', { max: MAX_COMPARE }) : problem ? t('failed') : ''}
      </span>
    </span>
  );
}
