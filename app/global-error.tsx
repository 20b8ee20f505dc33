'use client';

/**
 * Outside the locale layout (no messages here): the few words it needs in each language, in
 * the language of the page that failed, else the browser's. Styled inline: a stylesheet
 * imported here would be sent with every page, since every page carries this boundary.
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

const STYLES = {
  body: {
    margin: 0,
    display: 'grid',
    minHeight: '100vh',
    placeItems: 'center',
    padding: 24,
    boxSizing: 'border-box',
    fontFamily: 'system-ui, sans-serif',
    color: '#0f172a',
  },
  box: { maxWidth: 448, textAlign: 'center' },
  title: { margin: 0, fontSize: 24, lineHeight: '32px', fontWeight: 600 },
  text: { marginTop: 12, color: '#475569' },
  button: {
    marginTop: 24,
    border: 0,
    borderRadius: 6,
    padding: '8px 16px',
    font: 'inherit',
    color: '#fff',
    background: '#c2410c',
    cursor: 'pointer',
  },
} satisfies Record<string, React.CSSProperties>;

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
      <body style={STYLES.body}>
        <div role="alert" style={STYLES.box}>
          <h1 style={STYLES.title}>{t.title}</h1>
          <p style={STYLES.text}>{t.text}</p>
          <button type="button" onClick={reset} style={STYLES.button}>
            {t.retry}
          </button>
        </div>
      </body>
    </html>
  );
}
