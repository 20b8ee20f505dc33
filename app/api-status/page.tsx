import type { Metadata } from 'next';
import { getDataSource } from '@/lib/catalog';

export const metadata: Metadata = { title: 'API status' };
export const dynamic = 'force-dynamic';

export default function ApiStatusPage() {
  const { source, reason } = getDataSource();
  return (
    <div className="max-w-2xl space-y-4">
      <h1 className="text-2xl font-semibold">API status</h1>
      <section className="rounded-xl border border-slate-200 bg-white p-4">
        <h2 className="font-semibold">Data source</h2>
        <p className="mt-2" data-testid="data-source">
          {source === 'mock' ? 'Mock data' : 'Live 1688 data'}: {reason}
        </p>
        {source === 'mock' ? (
          <p className="mt-2 text-sm text-slate-700">
            To use real 1688 data, put <code>ALIBABA_APP_KEY</code> and{' '}
            <code>ALIBABA_APP_SECRET</code> in <code>.env.local</code> and restart the server.
          </p>
        ) : null}
      </section>
    </div>
  );
}
