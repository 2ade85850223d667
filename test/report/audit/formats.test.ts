import { Chalk } from 'chalk';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AuditReport } from '../../../src/report/audit/types.js';
import { formatAudit } from '../../../src/report/audit/index.js';
import { STANDARDS } from '../../../src/standards/registry.js';
import { ROOT, sampleReport } from './fixture.js';

let report: AuditReport;
beforeAll(async () => {
  report = await sampleReport();
});
const out = (format: Parameters<typeof formatAudit>[0], lang: 'ru' | 'en' = 'en') =>
  formatAudit(format, report, { lang, chalk: new Chalk({ level: 0 }), cwd: ROOT });
const ids = STANDARDS.map((s) => s.meta.id);

describe('audit report formats', () => {
  it('the sample covers every kind of result', () => {
    const statuses = new Set(report.results.map((r) => r.status));
    for (const s of [
      'pass',
      'partial',
      'fail',
      'manual-attested',
      'manual-expired',
      'not-applicable',
    ] as const)
      expect(statuses).toContain(s);
  });

  it.each(['ru', 'en'] as const)(
    'pretty (%s): score, grade, pack, fingerprint, every standard explained',
    (lang) => {
      const text = out('pretty', lang);
      expect(text).toContain(`${report.score.value} / 100`);
      expect(text).toContain('sales-dept@1');
      expect(text).toContain('sha256:0123456789abcdef');
      for (const id of ids) expect(text).toMatch(new RegExp(`^${id} `, 'm'));
      expect(text.includes(String.fromCharCode(27))).toBe(false);
      expect(text).toContain('templates/b2b-b2c.yaml:');
    },
  );

  it('json: versioned, deterministic, both languages', () => {
    const a = out('json');
    expect(a).toBe(out('json', 'ru'));
    const parsed = JSON.parse(a) as AuditReport;
    expect(parsed.schema).toBe('b24cfg-audit-report');
    expect(parsed.version).toBe(1);
    expect(parsed.results.map((r) => r.id)).toEqual(ids);
    expect(parsed.results[0]?.title).toEqual({ ru: expect.any(String), en: expect.any(String) });
    expect(parsed.collection?.httpRequests).toBe(4);
  });

  it('markdown: a table row per standard, attestations and the manual appendix', () => {
    const md = out('markdown');
    for (const id of ids) expect(md).toContain(`| ${id} |`);
    expect(md).toContain('## Attestations');
    expect(md).toContain('## Appendix: manual checks');
    expect(md).toContain('| SD-16 | телефония подключается в марте | 2026-03-31 | spec |');
  });

  it('junit: one test case per standard; waived and not applicable are skipped', () => {
    const xml = out('junit');
    expect(xml.match(/<testcase /g)).toHaveLength(33);
    const failures = report.results.filter(
      (r) =>
        !['pass', 'manual-attested', 'not-applicable', 'error'].includes(r.status) &&
        !(r.suppression && !r.suppression.expired),
    ).length;
    expect(xml).toContain(`tests="33" failures="${failures}"`);
    expect(xml).toMatch(
      /<testcase classname="sales-dept@1\.communications" name="SD-16 [^"]*" time="0">\n\s*<skipped message="suppressed/,
    );
    expect(xml).not.toContain('<script>');
  });

  it('sarif: a rule per standard, spec findings on their lines', () => {
    const log = JSON.parse(out('sarif')) as {
      version: string;
      runs: Array<{
        tool: { driver: { rules: Array<{ id: string }> } };
        results: Array<{
          ruleId: string;
          level: string;
          locations: Array<{
            physicalLocation?: { artifactLocation: { uri: string }; region: { startLine: number } };
          }>;
        }>;
      }>;
    };
    expect(log.version).toBe('2.1.0');
    const run = log.runs[0]!;
    expect(run.tool.driver.rules.map((r) => r.id)).toEqual(ids);
    const sd08 = run.results.find(
      (r) => r.ruleId === 'SD-08' && r.locations[0]?.physicalLocation?.region.startLine !== 1,
    );
    expect(sd08?.locations[0]?.physicalLocation?.artifactLocation.uri).toBe('templates/b2b-b2c.yaml');
    expect(run.results.every((r) => ['error', 'warning', 'note'].includes(r.level))).toBe(true);
  });

  it.each(['ru', 'en'] as const)('html (%s): self-contained, escaped, every standard present', (lang) => {
    const html = out('html', lang);
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain(`<html lang="${lang}">`);
    for (const id of ids) expect(html).toContain(`data-standard="${id}"`);
    // Nothing is fetched: no scripts, external styles, images or fonts.
    expect(html).not.toMatch(/<script|<link|<img|@import|url\(|\ssrc=/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('href="https://client.bitrix24.ru/crm/deal/details/1/"');
    expect(html).toContain('data-testid="score-dial"');
  });

  // Issue 16.10: samples showed ISO timestamps (the stage name is test/standards/samples.test.ts's).
  it.each([
    ['ru', /<td>на этапе с \d\d\.\d\d\.\d{4} \d\d:\d\d<\/td>/],
    ['en', /<td>on the stage since \d{4}-\d\d-\d\d \d\d:\d\d<\/td>/],
  ] as const)('html (%s): sample deals carry a readable date', (lang, since) => {
    const html = out('html', lang);
    expect(html).toMatch(since);
    expect(html).not.toMatch(/<td>[^<]*\d{4}-\d\d-\d\dT\d\d:\d\d/);
  });
});
