'use client';

import { useTranslations } from 'next-intl';
import { type ReactNode, useState } from 'react';
import { ImageSearchButton } from './image-search-button';

/**
 * The top of image-search results: the uploaded picture (its thumbnail, while the server keeps
 * it), the count it is given, and a way to search with another one.
 */
export function ImageQueryHeader({ id, children }: { id: string; children: ReactNode }) {
  const t = useTranslations('ImageSearch');
  const [gone, setGone] = useState(false);
  return (
    <div className="flex flex-wrap items-center gap-4">
      {gone ? (
        <div className="grid size-20 place-items-center rounded-lg bg-slate-100 p-2 text-center text-xs text-slate-600">
          {t('gone')}
        </div>
      ) : (
        <img
          src={`/api/image-search/${id}`}
          alt={t('yours')}
          width={80}
          height={80}
          onError={() => setGone(true)}
          className="size-20 rounded-lg border border-slate-200 bg-white object-contain"
        />
      )}
      <div className="min-w-0">
        <h1 id="results-heading" className="text-2xl font-semibold">
          {t('heading')}
        </h1>
        {children}
      </div>
      <ImageSearchButton
        label={t('another')}
        className="flex items-center rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-medium hover:border-brand-600"
      />
    </div>
  );
}
