import { operatorAction } from '@/lib/http/actions';
import { disconnect } from '@/lib/http/oauth-flow';
import { methods } from '@/lib/http/route';

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = methods({
  POST: (request) => operatorAction(request, disconnect),
});
