import { describe, expect, it } from 'vitest';
import type { TransportStats } from '../../src/portal/client.js';
import { formatRequestSummary } from '../../src/portal/stats-format.js';

const stats = (over: Partial<TransportStats> = {}): TransportStats => ({
  httpRequests: 3,
  restCalls: 212,
  retries: 0,
  waitedMs: 0,
  byMethod: { 'crm.status.list': 2, 'crm.category.list': 10, batch: 0 },
  ...over,
});

describe('formatRequestSummary', () => {
  it.each([
    ['ru', stats(), 'Запросов к порталу: 3 HTTP, 212 вызовов REST'],
    ['en', stats(), 'Portal requests: 3 HTTP, 212 REST calls'],
    ['ru', stats({ httpRequests: 1, restCalls: 1 }), 'Запросов к порталу: 1 HTTP, 1 вызов REST'],
    ['ru', stats({ restCalls: 22 }), 'Запросов к порталу: 3 HTTP, 22 вызова REST'],
    ['en', stats({ restCalls: 1 }), 'Portal requests: 3 HTTP, 1 REST call'],
    [
      'ru',
      stats({ retries: 2, waitedMs: 3500 }),
      'Запросов к порталу: 3 HTTP, 212 вызовов REST, 2 повтора, ожидание 3,5 с',
    ],
    [
      'en',
      stats({ retries: 1, waitedMs: 61_000 }),
      'Portal requests: 3 HTTP, 212 REST calls, 1 retry, waited 61 s',
    ],
  ] as const)('%s: %s', (lang, s, line) => {
    expect(formatRequestSummary(s, lang, false)).toBe(line);
  });

  it('lists calls per method, busiest first, with --verbose', () => {
    expect(formatRequestSummary(stats(), 'en', true).split('\n')).toEqual([
      'Portal requests: 3 HTTP, 212 REST calls',
      '  crm.category.list × 10',
      '  crm.status.list × 2',
      '  batch × 0',
    ]);
  });
});
