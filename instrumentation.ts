/**
 * Runs once when the server starts. In front of Next.js's request handling, it records each
 * request's peer address in a header that clients cannot forge (operator actions trust loopback
 * peers) and, in production, sends fresh pages straight from memory and keeps those worth
 * keeping (lib/next/rendered-pages.ts). Then it says which data source serves.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const http = await import('node:http');
  const { PEER } = await import('./lib/http/peer');
  const { keepRenderedPage, sendRenderedPage } = await import('./lib/next/rendered-pages');
  const fastPath = process.env.NODE_ENV === 'production';
  const emit = http.Server.prototype.emit;
  http.Server.prototype.emit = function (
    this: InstanceType<typeof http.Server>,
    event: string,
    ...args: unknown[]
  ) {
    if (event === 'request') {
      const [req, res] = args as [
        import('node:http').IncomingMessage,
        import('node:http').ServerResponse,
      ];
      req.headers[PEER] = req.socket?.remoteAddress ?? '';
      if (fastPath) {
        if (sendRenderedPage(req, res)) return true;
        keepRenderedPage(req, res);
      }
    }
    return emit.apply(this, [event, ...args] as Parameters<typeof emit>);
  } as typeof emit;
  const { announceDataSource } = await import('./lib/catalog/startup');
  announceDataSource();
}
