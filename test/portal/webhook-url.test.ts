import { describe, expect, it } from 'vitest';
import { CliError } from '../../src/core/errors.js';
import { redact } from '../../src/core/redact.js';
import { parseWebhookUrl, portalOrigin } from '../../src/portal/webhook-url.js';

describe('parseWebhookUrl', () => {
  it.each([
    ['https://acme.bitrix24.ru/rest/1/xxxxfakesecret/', 'acme.bitrix24.ru', 1, false],
    ['https://acme.bitrix24.ru/rest/17/xxxxfakesecret', 'acme.bitrix24.ru', 17, false],
    ['https://acme.bitrix24.ru/rest/api/1/xxxxfakesecret/', 'acme.bitrix24.ru', 1, false],
    ['http://127.0.0.1:8123/rest/1/xxxxfakesecret/', '127.0.0.1:8123', 1, true],
    ['http://localhost:9000/rest/1/xxxxfakesecret/', 'localhost:9000', 1, true],
  ])('%s', (url, host, userId, loopback) => {
    const ref = parseWebhookUrl(url);
    expect([ref.host, ref.userId, ref.loopback, ref.secret]).toEqual([
      host,
      userId,
      loopback,
      'xxxxfakesecret',
    ]);
    expect(redact(`oops ${ref.secret}`)).toBe('oops ***');
  });

  it.each([
    ['http://acme.bitrix24.ru/rest/1/plainSecret99/', /https/],
    ['not a url', /not a URL/],
    ['https://acme.bitrix24.ru/rest/x/plainSecret98/', /not a number/],
    ['https://acme.bitrix24.ru/crm/deal/', /path/],
    ['https://acme.bitrix24.ru/rest/1/plainSecret97/crm.deal.list', /path/],
  ])('refuses %s', (url, reason) => {
    let err: unknown;
    try {
      parseWebhookUrl(url);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(CliError);
    const r = (err as CliError).render('en');
    expect(r.message).toMatch(reason);
    expect(JSON.stringify(r)).not.toMatch(/plainSecret9/);
    // A malformed URL is a usage mistake (exit 1); 5 is for what the portal refuses (issue 16.12).
    expect((err as CliError).exitCode).toBe(1);
  });
});

describe('portalOrigin: links into the portal', () => {
  // Issue 16.10: deal links used https:// for the http sandbox server.
  it.each([
    ['acme.bitrix24.ru', 'https://acme.bitrix24.ru'],
    ['127.0.0.1:8090', 'http://127.0.0.1:8090'],
    ['localhost:8090', 'http://localhost:8090'],
    ['[::1]:8090', 'http://[::1]:8090'],
    ['b24.example.com:8443', 'https://b24.example.com:8443'],
  ])('%s → %s', (host, origin) => {
    expect(portalOrigin(host)).toBe(origin);
  });
});
