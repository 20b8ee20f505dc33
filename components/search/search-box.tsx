'use client';

/**
 * The search box: a plain GET form to /products, so it works before (or without) JavaScript
 * and every search is a shareable URL. With JavaScript it is an ARIA combobox: suggestions as
 * the buyer types (arrow keys move through them, Enter picks one, Escape closes the list), a
 * pasted 1688 offer link opens the offer, and the camera button (or a picture dropped or
 * pasted on the box) searches by picture.
 */
import { useLocale, useTranslations } from 'next-intl';
import { useRouter } from '@/i18n/navigation';
import { type Locale, localizePath } from '@/lib/domain/locales';
import { useEffect, useId, useRef, useState } from 'react';
import { MAX_PASTED_TEXT, parsePastedLink } from '@/lib/domain/links';
import type { Suggestion } from '@/lib/domain/schemas';
import { searchHref } from '@/lib/domain/search-links';
import { announceNavigation } from '@/components/layout/navigation-events';
import { ImageSearchButton } from './image-search-button';
import { pictureIn, useImageUpload } from './use-image-upload';
import { useSuggestions } from './use-suggestions';

export function SearchBox({
  defaultValue,
  size = 'large',
  hidden,
}: {
  defaultValue: string;
  size?: 'large' | 'compact';
  /** Other search parameters to keep (e.g. the category being browsed). */
  hidden?: Record<string, string>;
}) {
  const t = useTranslations('Search');
  const locale = useLocale() as Locale;
  const router = useRouter();
  const large = size === 'large';
  const id = large ? 'q-main' : 'q-header';
  const listId = useId();
  const [value, setValue] = useState(defaultValue);
  const input = useRef<HTMLInputElement>(null);
  // Text typed before the page became interactive is in the box but not in the state: adopt
  // it, or the first render would put the server's value back.
  useEffect(() => {
    const typed = input.current?.value;
    if (typed !== undefined && typed !== defaultValue) setValue(typed);
    // Once, when the page becomes interactive.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [dropping, setDropping] = useState(false);
  const { state: upload, upload: sendPicture } = useImageUpload();
  const options = useSuggestions(value, open);
  const shown = open && options.length > 0;

  const go = (href: string) => {
    announceNavigation(localizePath(locale, href));
    router.push(href);
  };

  const choose = (s: Suggestion) => {
    setOpen(false);
    setActive(-1);
    if (s.kind === 'category' && s.categoryId) {
      go(searchHref({ category: s.categoryId }));
    } else {
      setValue(s.text);
      go(searchHref({ ...hidden, q: s.text }));
    }
  };

  const onKeyDown = (e: React.KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (!open) return setOpen(true);
      if (!options.length) return;
      // From the box down through the suggestions and back to the box (-1), either way round.
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setActive((i) => {
        const next = i + step;
        if (next >= options.length) return -1;
        return next < -1 ? options.length - 1 : next;
      });
    } else if (e.key === 'Enter' && shown && active >= 0 && active < options.length) {
      e.preventDefault();
      choose(options[active]!);
    } else if (e.key === 'Escape') {
      if (shown) {
        e.preventDefault();
        setOpen(false);
        setActive(-1);
      } else if (value) {
        e.preventDefault();
        setValue('');
      }
    }
  };

  const activeId =
    shown && active >= 0 && active < options.length ? `${listId}-${active}` : undefined;
  return (
    <form
      action={localizePath(locale, '/products')}
      method="get"
      role="search"
      aria-label={large ? t('formLabel') : t('headerFormLabel')}
      className={`relative flex w-full rounded-lg ${dropping ? 'ring-2 ring-brand-600' : ''}`}
      onSubmit={(e) => {
        const link = parsePastedLink(value);
        if (link?.kind === 'offer') {
          e.preventDefault();
          go(`/products/${link.offerId}`);
        }
        setOpen(false);
      }}
      onDragOver={(e) => {
        if (Array.from(e.dataTransfer.types).includes('Files')) {
          e.preventDefault();
          setDropping(true);
        }
      }}
      onDragLeave={() => setDropping(false)}
      onDrop={(e) => {
        const file = pictureIn(e.dataTransfer);
        setDropping(false);
        if (file) {
          e.preventDefault();
          void sendPicture(file);
        }
      }}
    >
      {Object.entries(hidden ?? {}).map(([name, v]) => (
        <input key={name} type="hidden" name={name} value={v} />
      ))}
      <label htmlFor={id} className="sr-only">
        {t('label')}
      </label>
      <input
        ref={input}
        id={id}
        name="q"
        type="search"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={shown}
        aria-controls={listId}
        aria-activedescendant={activeId}
        autoComplete="off"
        value={value}
        maxLength={MAX_PASTED_TEXT}
        onChange={(e) => {
          setValue(e.currentTarget.value);
          setOpen(true);
          setActive(-1);
        }}
        onKeyDown={onKeyDown}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onPaste={(e) => {
          const file = pictureIn(e.clipboardData);
          if (file && !e.clipboardData.getData('text')) {
            e.preventDefault();
            void sendPicture(file);
          }
        }}
        placeholder={large ? t('placeholder') : t('headerPlaceholder')}
        className={`min-w-0 flex-1 rounded-l-lg border border-r-0 border-slate-300 bg-white px-3 text-slate-900 ${large ? 'py-3 text-base' : 'py-2 text-sm'} placeholder:text-slate-500`}
      />
      <ImageSearchButton inForm />
      <button
        type="submit"
        className={`rounded-r-lg bg-brand-600 font-semibold text-white hover:bg-brand-700 ${large ? 'px-6 text-base' : 'px-4 text-sm'}`}
      >
        {t('submit')}
      </button>
      <ul
        id={listId}
        role="listbox"
        aria-label={t('suggestions')}
        hidden={!shown}
        className="absolute inset-x-0 top-full z-30 mt-1 overflow-hidden rounded-lg border border-slate-200 bg-white py-1 text-sm text-slate-900 shadow-lg"
      >
        {options.map((s, i) => (
          <li
            key={`${s.kind}:${s.text}:${s.categoryId ?? ''}`}
            id={`${listId}-${i}`}
            role="option"
            aria-selected={i === active}
            onMouseDown={(e) => e.preventDefault()}
            onMouseEnter={() => setActive(i)}
            onClick={() => choose(s)}
            className={`flex cursor-pointer items-baseline gap-2 px-3 py-2 ${i === active ? 'bg-brand-50 text-brand-800' : ''}`}
          >
            <span className="truncate">{s.text}</span>{' '}
            {s.kind === 'category' ? (
              <span className="truncate text-xs text-slate-500">
                {s.context ? t('categoryIn', { context: s.context }) : t('category')}
              </span>
            ) : null}
          </li>
        ))}
      </ul>
      <p role="status" aria-live="polite" className="sr-only">
        {shown ? t('suggestionCount', { count: options.length }) : ''}
      </p>
      {upload.status === 'uploading' ? (
        <p
          role="status"
          className="absolute inset-x-0 top-full z-30 mt-1 rounded-lg bg-white px-3 py-2 text-sm text-slate-700 shadow"
        >
          {t('uploading')}
        </p>
      ) : upload.status === 'error' ? (
        <p
          role="alert"
          className="absolute inset-x-0 top-full z-30 mt-1 rounded-lg bg-red-50 px-3 py-2 text-sm text-red-900 shadow"
        >
          {upload.message}
        </p>
      ) : null}
    </form>
  );
}
