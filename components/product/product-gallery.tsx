'use client';

import { useTranslations } from 'next-intl';

/** Main picture and thumbnails; `override` (the chosen variant's picture) takes the stage. */
export function ProductGallery({
  images,
  alt,
  active,
  onSelect,
}: {
  images: string[];
  alt: string;
  active: string;
  onSelect: (src: string) => void;
}) {
  const t = useTranslations('Gallery');
  return (
    <div>
      <img
        src={active}
        alt={alt}
        width={400}
        height={400}
        className="aspect-square w-full rounded-xl border border-slate-200 bg-slate-100 object-cover"
        data-testid="main-image"
      />
      <ul className="mt-3 grid grid-cols-6 gap-2" aria-label={t('label')}>
        {images.map((src, i) => (
          <li key={src}>
            <button
              type="button"
              onClick={() => onSelect(src)}
              aria-label={t('show', { n: i + 1, total: images.length })}
              aria-pressed={src === active}
              className={`block w-full overflow-hidden rounded-md border-2 ${src === active ? 'border-brand-600' : 'border-transparent hover:border-slate-300'}`}
            >
              <img
                src={src}
                alt=""
                width={80}
                height={80}
                className="aspect-square w-full bg-slate-100 object-cover"
              />
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
