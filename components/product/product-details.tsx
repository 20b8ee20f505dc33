import type { Product, Supplier } from '@/lib/domain/schemas';
import { SupplierBadges } from '@/components/ui/badges';

export function AttributesTable({ attributes }: { attributes: Product['attributes'] }) {
  if (attributes.length === 0) return null;
  return (
    <section
      aria-labelledby="attributes"
      className="rounded-xl border border-slate-200 bg-white p-4"
    >
      <h2 id="attributes" className="font-semibold">
        Specifications
      </h2>
      <dl className="mt-3 grid grid-cols-1 gap-x-6 gap-y-2 text-sm sm:grid-cols-2">
        {attributes.map((a) => (
          <div key={`${a.name}:${a.value}`} className="flex gap-2 border-b border-slate-100 pb-1">
            <dt className="w-32 shrink-0 text-slate-600">
              {a.name}
              {a.nameZh && a.nameZh !== a.name ? (
                <span lang="zh" className="block text-xs">
                  {a.nameZh}
                </span>
              ) : null}
            </dt>
            <dd>
              {a.value}
              {a.valueZh && a.valueZh !== a.value ? (
                <span lang="zh" className="block text-xs text-slate-500">
                  {a.valueZh}
                </span>
              ) : null}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

const score = (n: number | undefined) => (n === undefined ? '–' : n.toFixed(1));

/**
 * The supplier's name: the translated one with the Chinese beside it, or, when 1688 gives no
 * translation, the Chinese name said to be one (a buyer who doesn't read it knows what it is).
 */
export function SupplierName({ supplier }: { supplier: Pick<Supplier, 'name' | 'nameZh'> }) {
  const untranslated = supplier.nameZh !== undefined && supplier.name === supplier.nameZh;
  return (
    <>
      <p className="mt-2 font-medium">
        <span lang={untranslated ? 'zh' : undefined}>{supplier.name}</span>
        {untranslated ? (
          <span className="ml-1 text-xs font-normal text-slate-500">(Chinese name)</span>
        ) : null}
      </p>
      {supplier.nameZh && !untranslated ? (
        <p lang="zh" className="text-sm text-slate-600">
          {supplier.nameZh}
        </p>
      ) : null}
    </>
  );
}

export function SupplierCard({ supplier }: { supplier: Product['supplier'] }) {
  return (
    <section aria-labelledby="supplier" className="rounded-xl border border-slate-200 bg-white p-4">
      <h2 id="supplier" className="font-semibold">
        Supplier
      </h2>
      <SupplierName supplier={supplier} />
      <p className="mt-1 text-sm text-slate-700">
        {supplier.location}
        {supplier.yearsOn1688 !== undefined
          ? ` · ${supplier.yearsOn1688} ${supplier.yearsOn1688 === 1 ? 'year' : 'years'} on 1688`
          : ''}
      </p>
      <div className="mt-2">
        <SupplierBadges badges={supplier.badges} isFactory={supplier.isFactory} />
      </div>
      {supplier.scores ? (
        <dl className="mt-3 grid grid-cols-2 gap-2 text-sm">
          <div>
            <dt className="text-slate-600">Service score</dt>
            <dd className="font-medium">{score(supplier.scores.composite)} / 5</dd>
          </div>
          <div>
            <dt className="text-slate-600">Quality</dt>
            <dd className="font-medium">{score(supplier.scores.quality)} / 5</dd>
          </div>
          <div>
            <dt className="text-slate-600">Logistics</dt>
            <dd className="font-medium">{score(supplier.scores.logistics)} / 5</dd>
          </div>
          <div>
            <dt className="text-slate-600">Repurchase (30 d)</dt>
            <dd className="font-medium">
              {supplier.repurchaseRate === undefined
                ? '–'
                : `${Math.round(supplier.repurchaseRate * 100)}%`}
            </dd>
          </div>
        </dl>
      ) : null}
    </section>
  );
}

export function ShippingInfo({
  shipping,
  shipsIn48h,
}: {
  shipping: Product['shipping'];
  shipsIn48h: boolean;
}) {
  const d = shipping.dimensionsCm;
  return (
    <section aria-labelledby="shipping" className="rounded-xl border border-slate-200 bg-white p-4">
      <h2 id="shipping" className="font-semibold">
        Shipping
      </h2>
      <dl className="mt-2 space-y-1 text-sm">
        <div className="flex gap-2">
          <dt className="w-28 text-slate-600">Ships from</dt>
          <dd>{shipping.from}</dd>
        </div>
        <div className="flex gap-2">
          <dt className="w-28 text-slate-600">Dispatch</dt>
          <dd>{shipsIn48h ? 'Within 48 hours' : 'Agreed with the supplier'}</dd>
        </div>
        {shipping.weightKg !== undefined ? (
          <div className="flex gap-2">
            <dt className="w-28 text-slate-600">Unit weight</dt>
            <dd>{shipping.weightKg} kg</dd>
          </div>
        ) : null}
        {d ? (
          <div className="flex gap-2">
            <dt className="w-28 text-slate-600">Package</dt>
            <dd>
              {d.length} × {d.width} × {d.height} cm
            </dd>
          </div>
        ) : null}
      </dl>
    </section>
  );
}
