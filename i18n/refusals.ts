/**
 * The pages proxy.ts answers by itself, before any route renders: "slow down" (429) and "this
 * page can only be read" (405), in the language of the page that was asked for (Refusals in
 * messages/*.json). They are plain HTML: no layout, no script.
 */
import { createTranslator } from 'next-intl';
import { type Locale, localizePath } from '@/lib/domain/locales';
import en from '@/messages/en.json';
import es from '@/messages/es.json';
import ru from '@/messages/ru.json';
import zh from '@/messages/zh.json';

const MESSAGES = { en, ru, es, zh } as const;

/** What the client did too much of (the refusal kinds of lib/http/client-limits.ts). */
export type RefusedKind = 'search' | 'product' | 'image' | 'sign_in' | 'budget';

const make = (locale: Locale) =>
  createTranslator({ locale, messages: MESSAGES[locale], namespace: 'Refusals' });
const translators = new Map<Locale, ReturnType<typeof make>>();

/** One translator per language, made the first time that language is refused. */
function translator(locale: Locale) {
  let t = translators.get(locale);
  if (!t) {
    t = make(locale);
    translators.set(locale, t);
  }
  return t;
}

// Every text is ours (messages/*.json): nothing the client sent is written into the page.
function page(locale: Locale, title: string, heading: string, paragraphs: string[]): string {
  const home = `<a href="${localizePath(locale, '/')}">${translator(locale)('home')}</a>`;
  const body = [...paragraphs, home].map((p) => `<p>${p}</p>`).join('');
  return `<!doctype html><html lang="${locale}"><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title} · pifa</title><main style="font-family:system-ui,sans-serif;max-width:36rem;margin:4rem auto;padding:0 1rem"><h1>${heading}</h1>${body}</main></html>`;
}

/** The 429 page: what was too much, how long to wait, and why pifa counts. */
export function tooManyPage(locale: Locale, kind: RefusedKind, seconds: number): string {
  const t = translator(locale);
  return page(locale, t('tooMany.title'), t('tooMany.heading'), [
    `${t(`tooMany.${kind}`)} ${t('tooMany.wait', { seconds })}`,
    t('tooMany.shared'),
  ]);
}

/** The 405 page of a page asked for with another method than GET or HEAD. */
export function notAllowedPage(locale: Locale): string {
  const t = translator(locale);
  return page(locale, t('notAllowed.title'), t('notAllowed.heading'), [t('notAllowed.text')]);
}
