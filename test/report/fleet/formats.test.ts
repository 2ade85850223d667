import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { formatFleet, FLEET_FORMATS } from '../../../src/report/fleet/index.js';
import { worstFirst } from '../../../src/report/fleet/common.js';
import type { FleetResult } from '../../../src/report/fleet/types.js';
import { sampleFleet } from './fixture.js';

const chalk = new Chalk({ level: 0 });

describe('the fleet result formats', () => {
  const r = sampleFleet();

  it('json is the result itself, in the fleet file’s order', () => {
    const back = JSON.parse(formatFleet('json', r, { lang: 'en', chalk })) as FleetResult;
    expect(back).toEqual(r);
    expect(back.summary).toMatchObject({ portals: 20, done: 17, failed: 3, gateFailed: 1, exitCode: 5 });
  });

  it('worst first: the portals that failed, then the lowest scores, ties by name', () => {
    const order = worstFirst(r).map((p) => p.name);
    expect(order.slice(0, 3)).toEqual(['client-04', 'client-11', 'client-16']);
    const scores = worstFirst(r)
      .slice(3)
      .map((p) => p.score?.value ?? 0);
    expect(scores).toEqual([...scores].sort((a, b) => a - b));
  });

  it.each(FLEET_FORMATS.filter((f) => f !== 'json').flatMap((f) => [[f, 'en'] as const, [f, 'ru'] as const]))(
    '%s (%s) names every portal and carries no control character from a label or a message',
    (format, lang) => {
      const text = formatFleet(format, r, { lang, chalk });
      for (const p of r.portals) expect(text).toContain(p.name);
      // eslint-disable-next-line no-control-regex
      expect(text).not.toMatch(/\u001b/);
    },
  );

  it('pretty: one line per portal, the failed ones with their reason and the command to paste, then the totals', () => {
    const text = formatFleet('pretty', r, { lang: 'en', chalk });
    expect(text).toContain('✗ client-04 failed [B24_AUTH] access (webhook, scopes, plan):');
    expect(text).toContain('What to do: b24cfg doctor --portal client-4');
    expect(text).toContain('[B24_MALFORMED_RESPONSE] not a Bitrix24 portal');
    expect(text).toContain('Gate failed: the score 20.4 is below --min-score 50');
    expect(text).toContain('client-07: 80 → ');
    expect(text).toContain('Newly failing: SD-04, SD-11');
    expect(text).toContain('Portals: 20 · scored: 17 · failed: 3 · below a gate: 1');
  });

  it('markdown: a table of portals × categories with links to the full reports', () => {
    const text = formatFleet('markdown', r, { lang: 'en', chalk, href: (x) => `../${x}` });
    expect(text).toContain('| Portal | Score | Grade | Change | Structure |');
    expect(text).toContain('[client-07](../reports/client-07.html)');
    expect(text).toContain('## Portals that could not be checked');
    expect(text).toContain('−12.5');
  });

  it('junit: a suite per portal, a case per standard; a failed portal is an error', () => {
    const text = formatFleet('junit', r, { lang: 'en', chalk });
    expect(text.match(/<testsuite /g)).toHaveLength(20);
    const suite = /<testsuite name="client-04"[^>]*>/.exec(text)?.[0];
    expect(suite).toContain('errors="1"');
    const ok = /<testsuite name="client-02" tests="(\d+)"/.exec(text);
    expect(Number(ok?.[1])).toBe(33);
    expect(text).toContain('<failure type="gate"');
    const total = /<testsuites [^>]*tests="(\d+)" failures="(\d+)" errors="(\d+)"/.exec(text);
    expect(Number(total?.[3])).toBe(3);
  });

  it('html: the heat table worst first, label filters, links, changes', () => {
    const text = formatFleet('html', r, { lang: 'en', chalk, href: (x) => x });
    const rows = [...text.matchAll(/<tr data-portal="([^"]+)"/g)].map((m) => m[1]);
    expect(rows).toEqual(worstFirst(r).map((p) => p.name));
    expect(text).toContain('<select data-filter="manager">');
    expect(text).toContain('href="reports/client-07.html"');
    expect(text).toContain('data-testid="changes"');
    expect(text).not.toMatch(/<(link|img|script) [^>]*src=/);
  });
});
