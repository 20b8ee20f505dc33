'use client';

import './globals.css';

/**
 * Outside the locale layout (no messages here): the few words it needs in each language, in
 * the language of the page that failed, else the browser's.
 */
const TEXTS = {
  en: {
    title: 'pifa is having trouble',
    text: 'The page could not be displayed. Please try again in a moment.',
    retry: 'Try again',
  },
  ru: {
    title: 'У pifa неполадки',
    text: 'Не удалось показать страницу. Попробуйте ещё раз чуть позже.',
    retry: 'Повторить',
  },
  es: {
    title: 'pifa tiene problemas',
    text: 'No se pudo mostrar la página. Vuelve a intentarlo en un momento.',
    retry: 'Reintentar',
  },
  zh: {
    title: 'pifa 出了点问题',
    text: '页面无法显示，请稍后重试。',
    retry: '重试',
  },
} as const;
type Language = keyof typeof TEXTS;

function language(): Language {
  if (typeof document === 'undefined') return 'en';
  const tags = [
    document.documentElement.lang,
    window.location.pathname.split('/')[1] ?? '',
    ...(navigator.languages ?? [navigator.language]),
  ];
  for (const tag of tags) {
    const code = tag?.toLowerCase().split('-')[0];
    if (code && code in TEXTS) return code as Language;
  }
  return 'en';
}

export default function GlobalError({
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  const lang = language();
  const t = TEXTS[lang];
  return (
    <html lang={lang}>
      <body className="grid min-h-screen place-items-center p-6">
        <div role="alert" className="max-w-md text-center">
          <h1 className="text-2xl font-semibold">{t.title}</h1>
          <p className="mt-3 text-slate-600">{t.text}</p>
          <button
            type="button"
            onClick={reset}
            className="mt-6 rounded-md bg-orange-600 px-4 py-2 text-white"
          >
            {t.retry}
          </button>
        </div>
      </body>
    </html>
  );
}
