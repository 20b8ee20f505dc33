/**
 * What the Node.js server does around Next.js's request handling, installed once at start-up
 * by instrumentation.ts. For each request it records the peer address in a header that clients
 * cannot forge (operator actions trust loopback peers) and, in production, sends fresh pages
 * straight from memory and keeps those worth keeping (./rendered-pages.ts). Then it says which
 * data source serves.
 */
import http from 'node:http';
import { announceDataSource } from '@/lib/catalog/startup';
import { PEER } from '@/lib/http/peer';
import { fastPathEnabled, keepRenderedPage, sendRenderedPage } from './rendered-pages';

export function installServerHooks(): void {
  const fastPath = fastPathEnabled();
  const emit = http.Server.prototype.emit;
  http.Server.prototype.emit = function (this: http.Server, event: string, ...args: unknown[]) {
    if (event === 'request') {
      const [req, res] = args as [http.IncomingMessage, http.ServerResponse];
      req.headers[PEER] = req.socket?.remoteAddress ?? '';
      if (fastPath) {
        if (sendRenderedPage(req, res)) return true;
        keepRenderedPage(req, res);
      }
    }
    return emit.apply(this, [event, ...args] as Parameters<typeof emit>);
  } as typeof emit;
  announceDataSource();
}
