/**
 * The emulator as msw request handlers, for tests of code that talks HTTP (the transport, the SDK)
 * without a socket. msw is a development dependency, so it is loaded only when this function runs;
 * importing the sandbox in production never needs it. Handlers are matched by their `kind`, so the
 * CommonJS build loaded here works with the ESM `setupServer` of a test.
 */
import { createRequire } from 'node:module';
import type * as MswModule from 'msw';
import type { RequestHandler } from 'msw';
import type { Emulator } from './emulator.js';
import { parseRequestBody } from './server.js';

type Msw = typeof MswModule;

export const DEFAULT_MSW_BASE_URL = 'https://sandbox.bitrix24.test';

export function sandboxMswHandlers(
  emulator: Emulator,
  baseUrl: string = DEFAULT_MSW_BASE_URL,
): RequestHandler[] {
  const require = createRequire(import.meta.url);
  const { http, HttpResponse } = require('msw') as Msw;
  const base = baseUrl.replace(/\/$/, '');
  const resolver = async ({
    request,
    params,
  }: {
    request: Request;
    params: Record<string, string | readonly string[] | undefined>;
  }) => {
    const body = request.method === 'GET' ? '' : await request.text();
    const out = await emulator.handle({
      method: String(params.method ?? ''),
      params: parseRequestBody(request.headers.get('content-type') ?? undefined, body),
      auth: { userId: Number(params.userId), secret: String(params.secret ?? '') },
      ip: 'msw',
    });
    if (out.fault !== undefined) return HttpResponse.error();
    if (out.delayMs !== undefined) await new Promise((r) => setTimeout(r, out.delayMs));
    if (out.text !== undefined)
      return new HttpResponse(out.text, { status: out.status, headers: { 'Content-Type': 'text/html' } });
    return HttpResponse.json(out.body as Record<string, unknown>, { status: out.status });
  };
  const path = `${base}/rest/:userId/:secret/:method`;
  return [http.post(path, resolver), http.get(path, resolver)];
}
