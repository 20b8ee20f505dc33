'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';

/** Copies a text, and says so (or says to copy by hand when the browser refuses). */
export function CopyButton({ text, label }: { text: string; label: string }) {
  const t = useTranslations('Copy');
  const [status, setStatus] = useState('');
  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setStatus(t('copied'));
    } catch {
      setStatus(t('refused'));
    }
  }
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <button
        type="button"
        onClick={copy}
        className="rounded-md border border-brand-600 bg-white px-3 py-1.5 text-sm font-semibold text-brand-700 hover:bg-brand-50"
      >
        {label}
      </button>
      <span role="status" className="text-xs text-slate-600">
        {status}
      </span>
    </span>
  );
}
