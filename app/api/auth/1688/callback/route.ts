import { finishLogin } from '@/lib/http/oauth-flow';
import { errorResponse, methods } from '@/lib/http/route';

export const dynamic = 'force-dynamic';

/** 1688 sends the browser back here with a single-use code and our state. */
export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = methods({
  GET: async (request) => {
    try {
      return await finishLogin(request);
    } catch (error) {
      return errorResponse(error);
    }
  },
});
