import { operatorAction } from '@/lib/http/actions';
import { disconnect } from '@/lib/http/oauth-flow';

export async function POST(request: Request) {
  return operatorAction(request, disconnect);
}
