'use client';

import { useTranslations } from 'next-intl';
import { CURRENCIES } from '@/lib/domain/currency';
import { useDisplay } from './display-context';
import { PreferenceForm } from './preference-form';

/**
 * Display currency. Rendered with the page, so the header keeps its size as the page becomes
 * interactive.
 */
export function CurrencyPicker() {
  const t = useTranslations('Header');
  const { currency } = useDisplay();
  return (
    <PreferenceForm
      action="/api/preferences/currency"
      id="currency"
      name="currency"
      label={t('currency')}
      current={currency}
      options={CURRENCIES.map((c) => ({ value: c, label: c }))}
    />
  );
}
