'use client';

import { useTranslations } from 'next-intl';
import { CatalogLink as Link } from '@/components/ui/catalog-link';
import { useRouter, useSearchParams } from 'next/navigation';
import { useState } from 'react';
import { CopyButton } from '@/components/contact/copy-button';
import { LandedOptionsForm } from '@/components/landed/landed-options';
import { useLandedOptions } from '@/components/landed/landed-store';
import { useCurrentOffers } from '@/components/list/use-current-offers';
import { Skeleton } from '@/components/ui/skeleton';
import {
  compareOffers,
  DEFAULT_COMPARE_QUANTITY,
  parseCompareIds,
  parseCompareQuantity,
} from '@/lib/domain/compare';
import { compareHref } from '@/lib/domain/compare-links';
import { useLandedNames } from '@/components/landed/landed-names';
import { findDestination, findMethod, RATES } from '@/lib/domain/landed-cost';
import { parseQuantity } from '@/lib/domain/order';
import type { Product } from '@/lib/domain/schemas';
import { useCompareQuantity, useCompareRows } from './compare-rows';
import { removeFromCompare, useCompare } from './compare-store';
import { CompareTable } from './compare-table';

/**
 * /compare?ids=…&qty=…: the URL is the comparison (shareable), read in the browser so that one
 * cached page serves every comparison; the offers come from our API through SWR.
 */
export function CompareView() {
  const t = useTranslations('Compare');
  const params = useSearchParams();
  const router = useRouter();
  const ids = parseCompareIds(params.get('ids'));
  const asked = parseCompareQuantity(params.get('qty'));
  const offers = useCurrentOffers(ids);
  const [options, setOptions] = useLandedOptions();
  const tray = useCompare();
  const products = ids
    .map((id) => offers.current.get(id))
    .flatMap((c) => (c?.status === 'current' ? [c.product] : [])) as Product[];
  const quantity =
    asked ?? (products.length ? Math.max(...products.map((p) => p.moq)) : DEFAULT_COMPARE_QUANTITY);
  const [text, setText] = useState<string | null>(null);
  const unitsOf = products.map((p) => p.unit);
  const quantityText = useCompareQuantity(quantity, unitsOf);
  const names = useLandedNames();
  const rows = useCompareRows(quantity, unitsOf, names.method(findMethod(options.method)));

  const go = (nextIds: string[], qty: number | null) =>
    router.replace(compareHref(nextIds, qty), { scroll: false });

  if (ids.length === 0) {
    return (
      <div className="rounded-xl border border-dashed border-slate-300 bg-white p-10 text-center">
        <h2 className="text-lg font-semibold">{t('emptyTitle')}</h2>
        <p className="mt-2 text-sm text-slate-600">{t('emptyText')}</p>
        <p className="mt-4 flex justify-center gap-4 text-sm font-medium">
          {tray && tray.length ? (
            <Link
              href={compareHref(tray.map((t) => t.id))}
              className="rounded-md bg-brand-600 px-4 py-2 text-white"
            >
              {t('comparePicked', { count: tray.length })}
            </Link>
          ) : (
            <Link href="/products" className="rounded-md bg-brand-600 px-4 py-2 text-white">
              {t('findOffers')}
            </Link>
          )}
        </p>
      </div>
    );
  }

  const { columns, best } = compareOffers(products, quantity, options);
  const missing = ids.filter((id) => offers.current.get(id)?.status === 'gone');
  const failed = ids.filter((id) => offers.current.get(id)?.status === 'unchecked');

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-end gap-4 rounded-xl border border-slate-200 bg-white p-4">
        <form
          className="flex items-end gap-2"
          onSubmit={(e) => {
            e.preventDefault();
            const n = parseQuantity(text ?? '');
            if (n && n > 0) go(ids, n);
            setText(null);
          }}
        >
          <label className="flex flex-col gap-1 text-sm">
            <span className="font-medium">{t('atQuantity')}</span>
            <input
              type="text"
              inputMode="numeric"
              value={text ?? String(quantity)}
              onChange={(e) => setText(e.currentTarget.value)}
              className="w-32 rounded-md border border-slate-300 px-2 py-1.5"
            />
          </label>
          <button
            type="submit"
            className="rounded-md bg-brand-600 px-3 py-1.5 text-sm font-semibold text-white hover:bg-brand-700"
          >
            {t('update')}
          </button>
        </form>
        <div className="min-w-64 flex-1">
          <LandedOptionsForm options={options} onChange={setOptions} />
        </div>
        <CopyButton
          text={
            typeof window === 'undefined'
              ? ''
              : `${window.location.origin}${compareHref(ids, quantity)}`
          }
          label={t('copyLink')}
        />
      </div>
      {missing.length ? (
        <p role="note" className="text-sm text-red-800">
          {t('gone', { ids: missing.join(', ') })}
        </p>
      ) : null}
      {failed.length ? (
        <p role="alert" className="text-sm text-red-800">
          {t('failed', { count: failed.length })}{' '}
          <button type="button" onClick={offers.retry} className="font-medium underline">
            {t('retry')}
          </button>
        </p>
      ) : null}
      {offers.loading && products.length === 0 ? (
        <div
          role="status"
          aria-busy="true"
          aria-label={t('loadingOffers')}
          className="grid gap-4 md:grid-cols-3"
        >
          {ids.map((id) => (
            <Skeleton key={id} className="h-96 w-full" />
          ))}
        </div>
      ) : columns.length ? (
        <CompareTable
          columns={columns}
          rows={rows}
          best={best}
          quantity={quantityText}
          onRemove={(id) => {
            void removeFromCompare(id);
            go(
              ids.filter((i) => i !== id),
              asked,
            );
          }}
        />
      ) : null}
      <p className="text-xs text-slate-500">
        {t('footnote', {
          quantity: quantityText,
          asOf: RATES.asOf,
          destination: names.destination(findDestination(options.destination)),
        })}
      </p>
    </div>
  );
}
