import { startLogin } from '@/lib/http/oauth-flow';
import { forbidden, isOperator } from '@/lib/http/operator';
import { errorResponse } from '@/lib/http/route';

export const dynamic = 'force-dynamic';

/** "Connect 1688 account": to 1688's authorize page, with a state bound to this browser. */
export async function GET(request: Request) {
  try {
    if (!isOperator(request.headers)) throw forbidden();
    return startLogin();
  } catch (error) {
    return errorResponse(error);
  }
}
