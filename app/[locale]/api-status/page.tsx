import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { PublicStatusView } from '@/components/status/public-status';
import { StatusView } from '@/components/status/status-view';
import { isOperator } from '@/lib/http/operator';
import { getPublicStatus, getStatus } from '@/lib/status';

export const metadata: Metadata = { title: 'API status', robots: { index: false, follow: false } };
export const dynamic = 'force-dynamic';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ApiStatusPage({ searchParams }: Props) {
  const [requestHeaders, params] = await Promise.all([headers(), searchParams]);
  const operator = isOperator(requestHeaders);
  const authError = typeof params.auth_error === 'string' ? params.auth_error : undefined;
  return (
    <div className="max-w-4xl space-y-4">
      <div>
        <h1 className="text-2xl font-semibold">API status</h1>
        <p className="mt-1 text-slate-700">
          Whether the 1688 credentials are loaded, whether the gateway accepts them, which APIs are
          granted, and what to do about anything that is not green. No secret is ever shown here.
        </p>
      </div>
      {operator ? (
        <StatusView
          initial={await getStatus({ operator: true })}
          notice={{ connected: params.connected === '1', authError }}
        />
      ) : (
        <PublicStatusView status={getPublicStatus()} signInFailed={params.sign_in === 'failed'} />
      )}
    </div>
  );
}
