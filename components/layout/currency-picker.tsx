'use client';

import { useTranslations } from 'next-intl';
import { CURRENCIES } from '@/lib/domain/currency';
import { useDisplay } from './display-context';
import { rememberPage } from './remember-page';

/**
 * Display currency. A plain POST form so that it works without JavaScript (the server then
 * sends the browser back to the page it came from); with it, the choice applies as soon as it
 * is made. Rendered with the page, so the header keeps its size as the page becomes interactive.
 */
export function CurrencyPicker() {
  const t = useTranslations('Header');
  const { currency: current } = useDisplay();
  return (
    <form
      method="post"
      action="/api/preferences/currency"
      className="flex items-center gap-1"
      onSubmit={(e) => rememberPage(e.currentTarget)}
    >
      <input type="hidden" name="back" defaultValue="" />
      <label htmlFor="currency" className="sr-only">
        {t('currency')}
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
          {t('set')}
        </button>
      </noscript>
    </form>
  );
}
