import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { worstFirst } from '../../../src/report/fleet/common.js';
import { formatFleet } from '../../../src/report/fleet/index.js';
import { ROOT } from '../audit/fixture.js';
import { sampleFleet } from './fixture.js';

const CHROMIUM = '/usr/bin/chromium';
const present = existsSync(CHROMIUM);
// CI (.ci/run) installs Chromium and sets B24CFG_REQUIRE_CHROMIUM=1: there a missing browser is a failure.
const required = process.env.B24CFG_REQUIRE_CHROMIUM === '1';
const OUT = join(ROOT, 'test-output');

describe('the fleet dashboard in a real browser', () => {
  it.skipIf(!present && !required)(
    present
      ? 'opens offline in headless Chromium: the heat table worst first, the label filters, the links'
      : `SKIPPED: ${CHROMIUM} is not installed (apt-get install -y chromium; set B24CFG_REQUIRE_CHROMIUM=1 to make this a failure)`,
    async () => {
      expect(existsSync(CHROMIUM), `${CHROMIUM} is required but missing: apt-get install -y chromium`).toBe(
        true,
      );
      const r = sampleFleet();
      mkdirSync(join(OUT, 'reports'), { recursive: true });
      const file = join(OUT, 'fleet-dashboard.en.html');
      writeFileSync(file, formatFleet('html', r, { lang: 'en', chalk: new Chalk({ level: 0 }) }));
      for (const p of r.portals)
        writeFileSync(join(OUT, 'reports', `${p.name}.html`), `<title>${p.name}</title>`);
      const { chromium } = await import('playwright-core');
      const browser = await chromium.launch({
        executablePath: CHROMIUM,
        args: [
          '--headless',
          '--no-sandbox',
          '--disable-gpu',
          '--no-first-run',
          '--disable-background-networking',
        ],
      });
      try {
        const page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
        const requests: string[] = [];
        page.on('request', (q) => requests.push(q.url()));
        await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
        // The dashboard loads nothing but itself.
        expect(requests).toEqual([pathToFileURL(file).href]);
        expect(await page.title()).toContain('17/20');
        const rows = page.locator('table.heat tbody tr[data-portal]');
        expect(await rows.count()).toBe(20);
        const order = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-portal')));
        expect(order).toEqual(worstFirst(r).map((p) => p.name));
        // Failed portals first, with their reason; every scored row has its seven category cells.
        await expect.poll(() => page.locator('tr[data-failed="1"]').count()).toBe(3);
        expect(await rows.first().textContent()).toContain('access (webhook, scopes, plan)');
        expect(await page.locator('tr[data-portal="client-07"] td').count()).toBe(1 + 3 + 7 + 1);
        expect(
          await page.locator('tr[data-portal="client-07"] [data-testid="change"]').textContent(),
        ).toContain('SD-04');

        // A filter by label hides the other rows and counts what is left.
        await page.selectOption('select[data-filter="manager"]', 'ivanov');
        const ivanov = r.portals.filter((p) => p.labels.manager === 'ivanov').length;
        await expect.poll(() => page.getByTestId('shown').textContent()).toBe(String(ivanov));
        expect(await page.locator('table.heat tbody tr[data-portal]:visible').count()).toBe(ivanov);
        await page.selectOption('select[data-filter="region"]', 'spb');
        const both = r.portals.filter(
          (p) => p.labels.manager === 'ivanov' && p.labels.region === 'spb',
        ).length;
        await expect.poll(() => page.getByTestId('shown').textContent()).toBe(String(both));
        await page.selectOption('select[data-filter="manager"]', '');
        await page.selectOption('select[data-filter="region"]', '');
        await expect.poll(() => page.getByTestId('shown').textContent()).toBe('20');

        const shot = join(OUT, 'fleet-dashboard.en.png');
        await page.screenshot({ path: shot, fullPage: true });
        expect(statSync(shot).size).toBeGreaterThan(10_000);

        // Each portal's name opens its full report.
        await page.locator('tr[data-portal="client-07"] a[data-testid="report-link"]').click();
        await page.waitForURL(/reports\/client-07\.html$/);
        expect(await page.title()).toBe('client-07');
      } finally {
        await browser.close();
      }
    },
    60_000,
  );
});
