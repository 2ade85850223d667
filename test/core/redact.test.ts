import { describe, expect, it } from 'vitest';
import { holdsSecret, redact, redactDeep, registerSecret, registerSecretsIn } from '../../src/core/redact.js';

/** Issue 15 item 3: redaction replaces the secret's exact value and its encodings, nothing else. */
describe('redact', () => {
  const secret = 'k9Xq2mZp7Lw4Tn8v';
  registerSecret(secret);

  it('leaves data that only looks like a webhook path as it is', () => {
    const text =
      'See https://help.example.com/rest/2/guide and /rest/api/7/howto, and https://x.ru/rest/1/abc/';
    expect(redact(text)).toBe(text);
    expect(redactDeep({ welcome: text, n: 1 })).toEqual({ welcome: text, n: 1 });
  });

  it.each([
    ['plain', `https://acme.bitrix24.ru/rest/1/${secret}/crm.deal.list`],
    ['URL-encoded', `url=${encodeURIComponent(`https://acme.bitrix24.ru/rest/1/${secret}/`)}`],
    [
      'JSON-escaped (PHP style)',
      JSON.stringify(`https://acme.bitrix24.ru/rest/1/${secret}/`).replace(/\//g, '\\/'),
    ],
    ['base64', `Authorization: Basic ${Buffer.from(secret).toString('base64')}`],
  ])('removes the secret written %s', (_form, text) => {
    const out = redact(text);
    expect(out).toContain('***');
    expect(holdsSecret(out)).toBe(false);
    expect(out).not.toContain(secret);
  });

  it('knows the encodings of a secret with characters URLs and JSON escape', () => {
    const odd = 'se"cr/et\\ключ';
    registerSecret(odd);
    for (const form of [
      odd,
      encodeURIComponent(odd),
      encodeURIComponent(odd).toLowerCase(),
      JSON.stringify(odd).slice(1, -1),
      JSON.stringify(odd)
        .slice(1, -1)
        .replace(/\//g, '\\/')
        .replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`),
    ])
      expect(redact(`[${form}]`)).toBe('[***]');
  });

  it('learns secrets from texts that hold credentials (an env var, the profiles file), malformed URLs too', () => {
    registerSecretsIn(
      'profiles:\n  a: { url: https://a.bitrix24.ru/rest/x/fromProfile01/ }\n  b: { url: "h:/rest/api/3/fromProfile02" }',
    );
    registerSecretsIn(undefined);
    expect(redact('fromProfile01 fromProfile02')).toBe('*** ***');
  });

  it('ignores values too short to be a webhook secret', () => {
    registerSecret('ab');
    expect(redact('a tab')).toBe('a tab');
  });
});
