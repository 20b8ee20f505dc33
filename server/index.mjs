/**
 * pifa's server: Next.js's documented custom-server entry point, with an HTTP server of our own
 * in front of Next's request handler, so that what Next.js cannot refuse cleanly (a request
 * target that is not a path, malformed percent-encoding, oversized headers and bodies) gets a
 * clear 4xx before it runs, and so that the client's address comes from the connection.
 *
 *   node server/index.mjs [-H 127.0.0.1] [-p 3000]
 */
import { createServer } from 'node:http';
import { parseArgs } from 'node:util';
import {
  boundedUserAgent,
  clientAddress,
  MAX_HEADER_BYTES,
  refusalBody,
  refuse,
} from './guard.mjs';

const { values } = parseArgs({
  options: {
    hostname: { type: 'string', short: 'H', default: process.env.HOSTNAME ?? '127.0.0.1' },
    port: { type: 'string', short: 'p', default: process.env.PORT ?? '3000' },
  },
});
const hostname = values.hostname;
const port = Number(values.port);
// As `next start` does: the app learns its own port (its address when none is configured).
process.env.PORT = String(port);

// Next.js resolves proxy.ts rewrites against its own origin: it must be the one NextRequest URLs
// carry (localhost:<port>), or every rewrite would become a second HTTP request to ourselves.
process.env.NODE_ENV ??= 'production';
const { default: next } = await import('next');
const app = next({ dev: false, hostname: 'localhost', port });
const handle = app.getRequestHandler();
await app.prepare();

const server = createServer(
  {
    maxHeaderSize: MAX_HEADER_BYTES,
    headersTimeout: 15_000,
    requestTimeout: 60_000,
  },
  (req, res) => {
    const target = req.url ?? '';
    const problem = refuse(req.method ?? 'GET', target, req.headers);
    if (problem) {
      const { type, body } = refusalBody(target, problem);
      res.statusCode = problem.status;
      res.setHeader('Cache-Control', 'no-store');
      res.setHeader('X-Content-Type-Options', 'nosniff');
      if (problem.allow) res.setHeader('Allow', problem.allow);
      if (problem.status === 204) return res.end();
      res.setHeader('Content-Type', type);
      res.setHeader('Connection', 'close');
      return res.end(body);
    }
    req.headers['x-forwarded-for'] = clientAddress(
      req.socket.remoteAddress,
      req.headers['x-forwarded-for'],
    );
    req.headers['user-agent'] = boundedUserAgent(req.headers['user-agent']);
    void handle(req, res);
  },
);
server.on('clientError', (error, socket) => {
  if (!socket.writable) return socket.destroy();
  const status = error.code === 'HPE_HEADER_OVERFLOW' ? 431 : 400;
  const text = status === 431 ? 'Request Header Fields Too Large' : 'Bad Request';
  socket.end(
    `HTTP/1.1 ${status} ${text}\r\nContent-Type: text/plain\r\nConnection: close\r\nCache-Control: no-store\r\n\r\n${text}: headers must stay under ${MAX_HEADER_BYTES} bytes in all.\n`,
  );
});
server.listen(port, hostname, () => {
  console.log(`▲ pifa ready on http://${hostname}:${port}`);
});
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
