/**
 * The emulator over HTTP on 127.0.0.1, with a webhook URL like a real portal's:
 * http://127.0.0.1:<port>/rest/<user>/<secret>/<method>[.json]. It accepts JSON and form-encoded
 * bodies (batch commands and PHP clients send the latter), ignores the query string (the SDK adds
 * bx24_* telemetry parameters), and acts out injected faults for real:
 * dropped sockets, stalled answers, slow answers.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { decodePhpQuery } from './php-query.js';
import type { Emulator, SandboxResponse } from './emulator.js';
import { isRecord } from './values.js';

const MAX_BODY = 64 * 1024 * 1024;

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) {
        reject(new Error('request body too large'));
        req.destroy();
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** JSON (what the SDK sends), form-encoded (PHP clients, curl -d) or nothing. A body that is not valid JSON counts as no params. */
export function parseRequestBody(contentType: string | undefined, body: string): Record<string, unknown> {
  if (body.trim() === '') return {};
  const ct = (contentType ?? '').toLowerCase();
  if (ct.includes('application/x-www-form-urlencoded')) return decodePhpQuery(body);
  try {
    const parsed: unknown = JSON.parse(body);
    return isRecord(parsed) ? parsed : {};
  } catch {
    return ct.includes('json') ? {} : decodePhpQuery(body);
  }
}

const WEBHOOK_PATH = /^\/rest\/(\d+)\/([^/]+)\/([^/?]+)\/?$/;

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

export async function startSandboxServer(opts: {
  emulator: Emulator;
  port?: number;
  latencyMs?: number;
}): Promise<{ url: string; port: number; close(): Promise<void> }> {
  const { emulator } = opts;
  // Known once the server listens; every request comes after that.
  let port = 0;
  const stalled = new Set<Socket>();
  const pending = new Set<NodeJS.Timeout>();

  const send = (res: ServerResponse, out: SandboxResponse): void => {
    if (out.text !== undefined) {
      res.writeHead(out.status, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(out.text);
      return;
    }
    res.writeHead(out.status, { 'Content-Type': 'application/json; charset=utf-8' });
    res.end(JSON.stringify(out.body ?? null));
  };

  const serve = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    const m = WEBHOOK_PATH.exec(path);
    const body = await readBody(req);
    if (!m) {
      res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end('<html><body><h1>404 Not Found</h1></body></html>');
      return;
    }
    if (opts.latencyMs !== undefined && opts.latencyMs > 0) await sleep(opts.latencyMs);
    const params = parseRequestBody(req.headers['content-type'], body);
    const out = await emulator.handle({
      method: decodeURIComponent(m[3] ?? ''),
      params,
      auth: { userId: Number(m[1]), secret: decodeURIComponent(m[2] ?? '') },
      ip: req.socket.remoteAddress ?? 'unknown',
      serverAddress: `http://127.0.0.1:${port}`,
    });
    if (out.fault === 'drop-before' || out.fault === 'drop-after') {
      req.socket.destroy();
      return;
    }
    if (out.fault === 'timeout') {
      // Stall: the answer never comes; the socket is closed when the client gives up or the server stops.
      stalled.add(req.socket);
      req.socket.once('close', () => stalled.delete(req.socket));
      return;
    }
    if (out.delayMs !== undefined) {
      await new Promise<void>((resolve) => {
        const t = setTimeout(() => {
          pending.delete(t);
          resolve();
        }, out.delayMs);
        pending.add(t);
      });
    }
    send(res, out);
  };

  const server = createServer((req, res) => {
    serve(req, res).catch((e: unknown) => {
      if (res.headersSent || res.destroyed) return;
      send(res, {
        status: 500,
        body: {
          error: 'INTERNAL_SERVER_ERROR',
          error_description: e instanceof Error ? e.message : 'Internal server error',
        },
      });
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  port = (server.address() as AddressInfo).port;
  const { userId, secret } = emulator.webhook;
  return {
    url: `http://127.0.0.1:${port}/rest/${userId}/${secret}/`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        for (const t of pending) clearTimeout(t);
        for (const s of stalled) s.destroy();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
