'use client';

import { useTranslations } from 'next-intl';
import { useId, useState } from 'react';
import {
  buildInquiry,
  defaultQuestions,
  type InquiryOffer,
  QUESTIONS,
  type QuestionId,
} from '@/lib/domain/inquiry';
import { CopyButton } from './copy-button';

type Props = {
  offers: readonly InquiryOffer[];
  /** The supplier's shop on 1688, when known. */
  shopUrl?: string;
};

/**
 * "Contact the supplier": links to the offer and the shop on 1688, and a message in Chinese,
 * filled from the buyer's variants, quantities and notes, with its English meaning line by
 * line, to copy into 1688's chat or an e-mail.
 */
export function InquiryPanel({ offers, shopUrl }: Props) {
  const t = useTranslations('Inquiry');
  const id = useId();
  const [asked, setAsked] = useState<QuestionId[]>(() => defaultQuestions(offers));
  const inquiry = buildInquiry(offers, asked);
  const toggle = (q: QuestionId) =>
    setAsked((a) => (a.includes(q) ? a.filter((x) => x !== q) : [...a, q]));
  const empty = offers.every((o) => o.lines.every((l) => l.quantity === 0));
  return (
    <details className="group rounded-xl border border-slate-200 bg-white print:hidden">
      <summary className="cursor-pointer rounded-xl px-4 py-3 font-semibold marker:text-brand-600">
        {t('title')} <span className="font-normal text-slate-600">{t('inChinese')}</span>
      </summary>
      <div className="space-y-3 px-4 pb-4 text-sm">
        <p className="flex flex-wrap gap-x-4 gap-y-1">
          {offers.length === 1 ? (
            <a
              href={offers[0]!.sourceUrl}
              target="_blank"
              rel="noopener noreferrer"
              className="font-medium text-brand-700 underline"
            >
              {t('openOffer')}
            </a>
          ) : null}
          {shopUrl ? (
            <a
              href={shopUrl}
              target="_blank"
              rel="noopener noreferrer"
              className="font-medium text-brand-700 underline"
            >
              {t('openShop')}
            </a>
          ) : null}
        </p>
        {empty ? <p className="text-slate-600">{t('enterFirst')}</p> : null}
        <fieldset>
          <legend className="font-medium">{t('askAbout')}</legend>
          <div className="mt-1 grid gap-1 sm:grid-cols-2">
            {QUESTIONS.map((q) => (
              <label key={q.id} className="flex items-start gap-2">
                <input
                  type="checkbox"
                  checked={asked.includes(q.id)}
                  onChange={() => toggle(q.id)}
                  className="mt-0.5 size-4 accent-brand-600"
                />
                {t(`questions.${q.id}`)}
              </label>
            ))}
          </div>
        </fieldset>
        <label htmlFor={`${id}-zh`} className="block font-medium">
          {t('message')}
        </label>
        <textarea
          id={`${id}-zh`}
          readOnly
          lang="zh"
          value={inquiry.zh}
          rows={Math.min(14, inquiry.lines.length + 1)}
          className="w-full rounded-md border border-slate-300 bg-slate-50 p-2 text-xs"
        />
        <CopyButton text={inquiry.zh} label={t('copy')} />
        <details>
          <summary className="cursor-pointer font-medium text-slate-700">{t('meaning')}</summary>
          <table className="mt-2 w-full text-left text-xs wrap-anywhere">
            <thead className="sr-only">
              <tr>
                <th scope="col">{t('chinese')}</th>
                <th scope="col">{t('english')}</th>
              </tr>
            </thead>
            <tbody>
              {inquiry.lines.map((l, i) => (
                <tr key={i} className="border-t border-slate-100 align-top">
                  <td lang="zh" className="py-1 pr-3">
                    {l.zh}
                  </td>
                  <td className="py-1 text-slate-700">{l.en}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
        <p className="text-xs text-slate-600">
          {t.rich('paste', { zh: (chunks) => <span lang="zh">{chunks}</span> })}
        </p>
      </div>
    </details>
  );
}
