import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll } from 'vitest';

export const SECRET = 'k9Zx7QpL2mN4vB8w';
export const HOOK = `https://test.bitrix24.ru/rest/1/${SECRET}/`;

export interface SeenRequest {
  method: string;
  body: Record<string, unknown>;
  url: string;
}

export type PortalReply =
  | { status?: number; json: unknown }
  | { status?: number; text: string }
  | { error: 'network' }
  | { delayMs: number; json: unknown };

/**
 * msw intercepting the wire's node:https requests (docs/bitrix24/b24jssdk.md#request-shape): every POST to the test webhook
 * goes to `reply`; unhandled requests fail the test (onUnhandledRequest 'error').
 */
export function useMswPortal(origin = 'https://test.bitrix24.ru') {
  const seen: SeenRequest[] = [];
  let reply: (method: string, body: Record<string, unknown>, n: number) => PortalReply = () => ({
    status: 500,
    json: { error: 'NO_HANDLER', error_description: 'test did not set a reply' },
  });
  const server = setupServer(
    http.post(`${origin}/rest/1/${SECRET}/:method`, async ({ request, params }) => {
      const method = String(params.method);
      const text = await request.text();
      const body = (text === '' ? {} : JSON.parse(text)) as Record<string, unknown>;
      seen.push({ method, body, url: request.url });
      const r = reply(method, body, seen.length);
      if ('error' in r) return HttpResponse.error();
      if ('delayMs' in r) {
        await new Promise((res) => setTimeout(res, r.delayMs));
        return HttpResponse.json(r.json as Record<string, unknown>);
      }
      if ('text' in r)
        return new HttpResponse(r.text, {
          status: r.status ?? 200,
          headers: { 'Content-Type': 'text/html' },
        });
      return HttpResponse.json(r.json as Record<string, unknown>, { status: r.status ?? 200 });
    }),
  );
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => {
    seen.length = 0;
  });
  afterAll(() => server.close());
  return {
    seen,
    server,
    setReply(fn: typeof reply) {
      reply = fn;
    },
  };
}
