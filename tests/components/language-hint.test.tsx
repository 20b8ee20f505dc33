/**
 * The hint at the foot of a first visit: it offers the browser's language when it is one of
 * pifa's and not the page's, and never once a language has been chosen (its cookie).
 */
import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LanguageHint } from '@/components/layout/language-hint';
import { LOCALE_COOKIE } from '@/lib/domain/locales';
import { renderIn } from '../setup/intl';

const OFFERS = [
  {
    locale: 'es' as const,
    text: 'Esta página también está en español.',
    action: 'Ver en español',
    dismiss: 'No, gracias',
  },
  {
    locale: 'ru' as const,
    text: 'Эта страница есть на русском.',
    action: 'Перейти на русский',
    dismiss: 'Нет, спасибо',
  },
];

function browserLanguages(languages: string[]) {
  vi.spyOn(navigator, 'languages', 'get').mockReturnValue(languages);
}

afterEach(() => {
  vi.restoreAllMocks();
  document.cookie = `${LOCALE_COOKIE}=; path=/; max-age=0`;
});

describe('LanguageHint', () => {
  it('offers the browser’s language on a first visit', async () => {
    browserLanguages(['es-ES', 'en']);
    renderIn(<LanguageHint offers={OFFERS} />);
    const hint = await screen.findByRole('region', { name: OFFERS[0]!.text });
    expect(hint).toHaveAttribute('lang', 'es');
  });

  it('offers nothing once a language has been chosen, even English', async () => {
    browserLanguages(['es-ES', 'en']);
    document.cookie = `${LOCALE_COOKIE}=en; path=/`;
    renderIn(<LanguageHint offers={OFFERS} />);
    // Let the page finish hydrating (the hint reads the browser's values after it).
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByRole('region')).toBeNull();
  });

  it('offers nothing when the browser prefers the page’s own language', async () => {
    browserLanguages(['en-GB', 'es']);
    renderIn(<LanguageHint offers={OFFERS} />);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByRole('region')).toBeNull();
  });
});
