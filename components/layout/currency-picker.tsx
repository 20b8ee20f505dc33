'use client';

import { usePathname, useSearchParams } from 'next/navigation';
import { CURRENCIES } from '@/lib/domain/currency';
import { useDisplay } from './display-context';

/** The page to come back to, with its search; the picker without it until it is known. */
export function CurrencyPicker() {
  const pathname = usePathname();
  const query = useSearchParams().toString();
  return <CurrencyForm back={query ? `${pathname}?${query}` : pathname} />;
}

/**
 * Display currency. A plain POST form so that it works without JavaScript; with it, the
 * choice applies as soon as it is made. Without `back` the server sends the browser back to
 * the page it came from (its Referer): the same form stands in while the URL is not known
 * yet, so that the header does not move when it is.
 */
export function CurrencyForm({ back }: { back?: string }) {
  const { currency: current } = useDisplay();
  return (
    <form method="post" action="/api/preferences/currency" className="flex items-center gap-1">
      {back !== undefined ? <input type="hidden" name="back" value={back} /> : null}
      <label htmlFor="currency" className="sr-only">
        Display currency
      </label>
      <select
        id="currency"
        name="currency"
        defaultValue={current}
        onChange={(e) => e.currentTarget.form?.requestSubmit()}
        className="rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm"
      >
        {CURRENCIES.map((c) => (
          <option key={c} value={c}>
            {c}
          </option>
        ))}
      </select>
      <noscript>
        <button type="submit" className="rounded-md border border-slate-300 px-2 py-1.5 text-sm">
          Set
        </button>
      </noscript>
    </form>
  );
}
