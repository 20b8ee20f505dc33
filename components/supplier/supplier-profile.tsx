import { useTranslations } from 'next-intl';
import type { Supplier } from '@/lib/domain/schemas';
import { SupplierScores, SupplierSummary } from './supplier-facts';

/** The top of a supplier's page: who they are, where, since when, and how buyers rate them. */
export function SupplierProfile({ supplier, offers }: { supplier: Supplier; offers: number }) {
  const t = useTranslations('SupplierPage');
  return (
    <section
      aria-labelledby="supplier-name"
      className="rounded-xl border border-slate-200 bg-white p-5"
    >
      <p className="text-sm font-semibold text-brand-700">{t('kicker')}</p>
      <h1 id="supplier-name" className="mt-1 text-2xl font-semibold leading-snug">
        {supplier.name}
      </h1>
      {supplier.nameZh && supplier.nameZh !== supplier.name ? (
        <p lang="zh" className="mt-1 text-slate-600">
          {supplier.nameZh}
        </p>
      ) : null}
      <div className="mt-2">
        <SupplierSummary supplier={supplier} />
      </div>
      <p className="mt-1 text-sm text-slate-700">{t('onPifa', { count: offers })}</p>
      <SupplierScores supplier={supplier} />
    </section>
  );
}
