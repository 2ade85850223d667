import type { Wire, WireResponse } from '../../../src/portal/wire.js';
import { WireFailure } from '../../../src/portal/wire.js';

export interface SentRequest {
  method: string;
  params: Record<string, unknown>;
  at: number;
}

export type Reply = WireResponse | WireFailure;
export type Responder = (method: string, params: Record<string, unknown>, n: number) => Reply;

/** A clock that only moves when the transport sleeps: tests run in virtual time. */
export class VirtualClock {
  t = 1_700_000_000_000;
  readonly sleeps: number[] = [];
  now = (): number => this.t;
  sleep = (ms: number): Promise<void> => {
    this.sleeps.push(ms);
    this.t += ms;
    return Promise.resolve();
  };
}

/** An in-memory Wire answering with a function; records every request. */
export function fakeWire(respond: Responder, clock?: VirtualClock): Wire & { sent: SentRequest[] } {
  const sent: SentRequest[] = [];
  return {
    host: 'test.bitrix24.ru',
    kind: 'http',
    sent,
    send(method, params) {
      sent.push({ method, params, at: clock?.now() ?? 0 });
      const r = respond(method, params, sent.length);
      if (r instanceof WireFailure) return Promise.reject(r);
      return Promise.resolve(r);
    },
  };
}

export const ok = (result: unknown, extra: Record<string, unknown> = {}): WireResponse => ({
  status: 200,
  body: { result, time: { start: 1, finish: 1.01, duration: 0.01, operating: 0 }, ...extra },
});

export const fail = (status: number, error: unknown, description = ''): WireResponse => ({
  status,
  body: { error, error_description: description },
});
