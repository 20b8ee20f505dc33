import { CURRENCY_COOKIE, CURRENCIES, isCurrency } from '@/lib/domain/currency';
import { invalidRequest } from '@/lib/domain/errors';
import { errorResponse } from '@/lib/http/route';

/** Only same-site paths: never an open redirect. */
function safeBack(value: FormDataEntryValue | null): string {
  return typeof value === 'string' &&
    value.startsWith('/') &&
    !value.startsWith('//') &&
    !value.startsWith('/\\')
    ? value
    : '/';
}

/** The currency picker posts here (a plain form, so it works without JavaScript). */
export async function POST(request: Request) {
  const form = await request.formData().catch(() => null);
  const currency = form?.get('currency');
  if (!isCurrency(currency)) {
    return errorResponse(
      invalidRequest('currency', `currency must be one of ${CURRENCIES.join(', ')}`),
    );
  }
  const headers = new Headers({ Location: safeBack(form?.get('back') ?? null) });
  headers.append(
    'Set-Cookie',
    `${CURRENCY_COOKIE}=${currency}; Path=/; Max-Age=31536000; SameSite=Lax`,
  );
  return new Response(null, { status: 303, headers });
}
