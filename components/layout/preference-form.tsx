'use client';

/**
 * A header preference (language, display currency): a plain POST form to a route handler that
 * keeps the choice in a cookie and sends the browser back to the page (see remember-page.ts),
 * so it works without JavaScript; with it, the choice applies as soon as it is made.
 */
import { useTranslations } from 'next-intl';
import { rememberPage } from './remember-page';

export type PreferenceOption = { value: string; label: string; lang?: string };

export function PreferenceForm({
  action,
  id,
  name,
  label,
  current,
  options,
}: {
  action: string;
  id: string;
  name: string;
  label: string;
  current: string;
  options: PreferenceOption[];
}) {
  const t = useTranslations('Header');
  return (
    <form
      method="post"
      action={action}
      className="flex items-center gap-1"
      onSubmit={(e) => rememberPage(e.currentTarget)}
    >
      <input type="hidden" name="back" defaultValue="" />
      <label htmlFor={id} className="sr-only">
        {label}
      </label>
      <select
        id={id}
        name={name}
        defaultValue={current}
        onChange={(e) => e.currentTarget.form?.requestSubmit()}
        className="rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm"
      >
        {options.map((o) => (
          <option key={o.value} value={o.value} lang={o.lang}>
            {o.label}
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
