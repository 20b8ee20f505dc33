'use client';

/**
 * The interface language, next to the currency picker: the route handler goes back to the page
 * it came from, in the chosen language.
 */
import { useLocale, useTranslations } from 'next-intl';
import { LOCALE_NAMES, LOCALES } from '@/lib/domain/locales';
import { PreferenceForm } from './preference-form';

export const LOCALE_ACTION = '/api/preferences/locale';

export function LanguagePicker() {
  const t = useTranslations('Header');
  return (
    <PreferenceForm
      action={LOCALE_ACTION}
      id="language"
      name="locale"
      label={t('language')}
      current={useLocale()}
      options={LOCALES.map((l) => ({ value: l, label: LOCALE_NAMES[l], lang: l }))}
    />
  );
}
