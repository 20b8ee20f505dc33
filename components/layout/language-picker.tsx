'use client';

/**
 * The interface language, next to the currency picker. A plain POST form, so that it works
 * without JavaScript (the route handler goes back to the page it came from, in the chosen
 * language); with it, the choice applies as soon as it is made.
 */
import { useLocale, useTranslations } from 'next-intl';
import { LOCALE_NAMES, LOCALES } from '@/lib/domain/locales';
import { rememberPage } from './remember-page';

export const LOCALE_ACTION = '/api/preferences/locale';

export function LanguagePicker() {
  const t = useTranslations('Header');
  const current = useLocale();
  return (
    <form
      method="post"
      action={LOCALE_ACTION}
      className="flex items-center gap-1"
      onSubmit={(e) => rememberPage(e.currentTarget)}
    >
      <input type="hidden" name="back" value="" />
      <label htmlFor="language" className="sr-only">
        {t('language')}
      </label>
      <select
        id="language"
        name="locale"
        defaultValue={current}
        onChange={(e) => {
          const form = e.currentTarget.form;
          if (!form) return;
          rememberPage(form);
          form.requestSubmit();
        }}
        className="rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm"
      >
        {LOCALES.map((l) => (
          <option key={l} value={l} lang={l}>
            {LOCALE_NAMES[l]}
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
