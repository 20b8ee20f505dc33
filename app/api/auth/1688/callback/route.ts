import { finishLogin } from '@/lib/http/oauth-flow';
import { errorResponse } from '@/lib/http/route';

export const dynamic = 'force-dynamic';

/** 1688 sends the browser back here with a single-use code and our state. */
export async function GET(request: Request) {
  try {
    return await finishLogin(request);
  } catch (error) {
    return errorResponse(error);
  }
}
