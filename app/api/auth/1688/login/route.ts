import { pageAction } from '@/lib/http/actions';
import { startLogin } from '@/lib/http/oauth-flow';
import { forbidden, isOperator } from '@/lib/http/operator';
import { methods } from '@/lib/http/route';

export const dynamic = 'force-dynamic';

/** "Connect 1688 account" (a POST): to 1688's authorize page, with a state bound to this browser. */
export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = methods({
  POST: (request) =>
    pageAction(request, async () => {
      if (!isOperator(request.headers)) throw forbidden();
      return startLogin();
    }),
});
