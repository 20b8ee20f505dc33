'use client';

import { useTranslations } from 'next-intl';
import { MissingPage } from '@/components/layout/missing-page';

/** In the page's language, from the layout's messages. */
export default function SupplierNotFound() {
  const t = useTranslations('SupplierNotFound');
  return (
    <MissingPage title={t('title')} text={t('text')} search={t('search')} browse={t('browse')} />
  );
}
