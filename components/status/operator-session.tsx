'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';

const HASH = /^#admin-token=([\w-]{8,512})$/;

/**
 * The operator's sign-in and sign-out. The link the server prints at start carries its token in
 * the URL fragment, which no server or proxy log ever sees: it is posted once from here and
 * removed from the address bar.
 */
export function OperatorSession({ operator }: { operator: boolean }) {
  const t = useTranslations('Status.session');
  const [signing, setSigning] = useState<'idle' | 'busy' | 'failed'>('idle');

  useEffect(() => {
    const token = HASH.exec(window.location.hash)?.[1];
    if (!token) return;
    window.history.replaceState(null, '', window.location.pathname + window.location.search);
    const body = new URLSearchParams({ token });
    // A sign-in link opened elsewhere than the server's own machine still works once.
    void (async () => {
      setSigning('busy');
      const res = await fetch('/api/auth/admin', { method: 'POST', body, redirect: 'manual' });
      if (res.type === 'opaqueredirect' || res.ok) window.location.reload();
      else setSigning('failed');
    })();
  }, []);

  if (operator) {
    return (
      <form
        method="post"
        action="/api/auth/admin/sign-out"
        className="flex flex-wrap items-center gap-3 text-sm"
      >
        <span data-testid="operator-state">{t('signedIn')}</span>
        <button
          type="submit"
          className="rounded-md border border-slate-300 px-3 py-1.5 font-semibold hover:bg-slate-50"
        >
          {t('signOut')}
        </button>
      </form>
    );
  }
  return (
    <form method="post" action="/api/auth/admin" className="flex flex-wrap items-end gap-2">
      <p className="w-full text-sm text-slate-700" data-testid="operator-state">
        {t('note')}
      </p>
      {signing === 'failed' ? (
        <p role="alert" className="w-full text-sm text-red-700">
          {t('linkInvalid')}
        </p>
      ) : null}
      <label className="text-sm">
        <span className="block text-slate-600">{t('token')}</span>
        <input
          name="token"
          type="password"
          autoComplete="off"
          required
          className="rounded-md border border-slate-300 px-2 py-1.5"
        />
      </label>
      <button
        type="submit"
        disabled={signing === 'busy'}
        className="rounded-md border border-slate-300 px-3 py-1.5 text-sm font-semibold"
      >
        {t('signIn')}
      </button>
    </form>
  );
}
