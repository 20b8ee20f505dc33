/**
 * Runs once when the server starts: records each request's peer address in a header that
 * clients cannot forge (operator actions trust loopback peers), says which data source serves,
 * and warms the mock catalog.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const http = await import('node:http');
  const { PEER } = await import('./lib/http/peer');
  const emit = http.Server.prototype.emit;
  http.Server.prototype.emit = function (
    this: InstanceType<typeof http.Server>,
    event: string,
    ...args: unknown[]
  ) {
    if (event === 'request') {
      const req = args[0] as import('node:http').IncomingMessage;
      req.headers[PEER] = req.socket?.remoteAddress ?? '';
    }
    return emit.apply(this, [event, ...args] as Parameters<typeof emit>);
  } as typeof emit;
  const { announceDataSource } = await import('./lib/catalog/startup');
  announceDataSource();
}
