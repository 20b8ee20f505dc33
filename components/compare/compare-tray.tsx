'use client';

import { useTranslations } from 'next-intl';
import { CatalogLink as Link } from '@/components/ui/catalog-link';
import { usePathname } from 'next/navigation';
import { compareHref, MAX_COMPARE } from '@/lib/domain/compare-links';
import { clearCompare, removeFromCompare, useCompare } from './compare-store';

/** The offers picked for comparison, on every page but the comparison itself. */
export function CompareTray() {
  const t = useTranslations('Compare');
  const items = useCompare();
  const path = usePathname();
  if (!items || items.length === 0 || path.endsWith('/compare')) return null;
  return (
    <>
      <div aria-hidden className="h-24 print:hidden" />
      <aside
        aria-label={t('tray')}
        className="fixed inset-x-0 bottom-0 z-40 border-t border-slate-300 bg-white/95 shadow-lg backdrop-blur print:hidden"
      >
        <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-2">
          <p className="text-sm font-semibold">
            {t('trayCount', { count: items.length, max: MAX_COMPARE })}
          </p>
          <ul className="flex min-w-0 flex-1 gap-2 overflow-x-auto" aria-label={t('toCompare')}>
            {items.map((item) => (
              <li
                key={item.id}
                className="flex shrink-0 items-center gap-1.5 rounded-md border border-slate-200 py-1 pl-1 pr-1.5"
              >
                <img
                  src={item.image}
                  alt=""
                  width={32}
                  height={32}
                  className="size-8 rounded bg-slate-100 object-cover"
                />
                <span className="max-w-32 truncate text-xs">{item.title}</span>
                <button
                  type="button"
                  onClick={() => void removeFromCompare(item.id)}
                  aria-label={t('removeOffer', { title: item.title })}
                  className="rounded px-1 text-slate-500 hover:bg-slate-100 hover:text-slate-900"
                >
                  ×
                </button>
              </li>
            ))}
          </ul>
          <div className="flex items-center gap-3">
            <button
              type="button"
              onClick={clearCompare}
              className="text-sm text-slate-600 underline hover:text-slate-900"
            >
              {t('clear')}
            </button>
            <Link
              href={compareHref(items.map((i) => i.id))}
              className="rounded-md bg-brand-600 px-3 py-1.5 text-sm font-semibold text-white hover:bg-brand-700"
            >
              {items.length < 2 ? t('pickOneMore') : t('compareN', { count: items.length })}
            </Link>
          </div>
        </div>
      </aside>
    </>
  );
}
