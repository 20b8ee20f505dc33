import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { getTranslations } from 'next-intl/server';
import { PublicStatusView } from '@/components/status/public-status';
import { StatusView } from '@/components/status/status-view';
import { localeFromParams } from '@/i18n/locale-param';
import { isOperator } from '@/lib/http/operator';
import { configProblemCount, getPublicStatus, getStatus } from '@/lib/status';
import { withPageMessages } from '@/components/layout/page-messages';

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeFromParams(params);
  const t = await getTranslations({ locale, namespace: 'Status' });
  return { title: t('title'), robots: { index: false, follow: false } };
}
export const dynamic = 'force-dynamic';

async function ApiStatusPage({ params, searchParams }: Props) {
  await localeFromParams(params);
  const [requestHeaders, query, t] = await Promise.all([
    headers(),
    searchParams,
    getTranslations('Status'),
  ]);
  const operator = isOperator(requestHeaders);
  const authError = typeof query.auth_error === 'string' ? query.auth_error : undefined;
  return (
    <div className="max-w-4xl space-y-4">
      <div>
        <h1 className="text-2xl font-semibold">{t('title')}</h1>
        <p className="mt-1 text-slate-700">{t('intro')}</p>
      </div>
      {operator ? (
        <StatusView
          initial={await getStatus({ operator: true })}
          notice={{ connected: query.connected === '1', authError }}
        />
      ) : (
        <PublicStatusView
          status={getPublicStatus()}
          problems={configProblemCount()}
          signInFailed={query.sign_in === 'failed'}
        />
      )}
    </div>
  );
}

export default withPageMessages('apiStatus', ApiStatusPage);
