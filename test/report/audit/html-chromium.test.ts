import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatAuditHtml } from '../../../src/report/audit/html.js';
import { scoreText } from '../../../src/report/audit/labels.js';
import { STANDARDS } from '../../../src/standards/registry.js';
import { ROOT, sampleReport } from './fixture.js';

const CHROMIUM = '/usr/bin/chromium';
const present = existsSync(CHROMIUM);
// CI (.ci/run) installs Chromium and sets B24CFG_REQUIRE_CHROMIUM=1: there a missing browser is a failure.
const required = process.env.B24CFG_REQUIRE_CHROMIUM === '1';
const OUT = join(ROOT, 'test-output');

describe('the HTML audit report in a real browser', () => {
  it.skipIf(!present && !required)(
    present
      ? 'opens offline in headless Chromium, shows the score and all 33 standards'
      : `SKIPPED: ${CHROMIUM} is not installed (apt-get install -y chromium; set B24CFG_REQUIRE_CHROMIUM=1 to make this a failure)`,
    async () => {
      expect(
        existsSync(CHROMIUM),
        `${CHROMIUM} is required (B24CFG_REQUIRE_CHROMIUM=1) but missing: apt-get install -y chromium`,
      ).toBe(true);
      const report = await sampleReport();
      mkdirSync(OUT, { recursive: true });
      const file = join(OUT, 'audit-report.en.html');
      writeFileSync(file, formatAuditHtml(report, 'en'));
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
        const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
        const requests: string[] = [];
        page.on('request', (r) => requests.push(r.url()));
        await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
        // The report loads nothing but itself.
        expect(requests).toEqual([pathToFileURL(file).href]);
        expect(await page.title()).toContain(scoreText(report.score.value));
        const score = page.getByTestId('score');
        await expect.poll(() => score.isVisible()).toBe(true);
        expect(await score.textContent()).toBe(scoreText(report.score.value));
        expect(await page.getByTestId('grade').textContent()).toBeTruthy();
        const cards = page.locator('article[data-standard]');
        expect(await cards.count()).toBe(33);
        for (const s of STANDARDS) {
          const card = page.locator(`article[data-standard="${s.meta.id}"]`);
          await card.scrollIntoViewIfNeeded();
          expect(await card.isVisible(), s.meta.id).toBe(true);
          expect(await card.locator('h3').textContent()).toContain(s.meta.title.en);
        }
        expect(await page.locator('[data-testid="overview"] tbody tr').count()).toBe(33);
        const shot = join(OUT, 'audit-report.en.png');
        await page.screenshot({ path: shot, fullPage: true });
        expect(statSync(shot).size).toBeGreaterThan(10_000);

        // Issue 16.10: on a 390 px phone the score card was clipped. Nothing is wider than the screen.
        const phone = await browser.newPage({ viewport: { width: 390, height: 844 } });
        await phone.goto(pathToFileURL(file).href, { waitUntil: 'load' });
        expect(await phone.locator('html').evaluate((e) => e.scrollWidth)).toBeLessThanOrEqual(390);
        for (const id of ['score-dial', 'grade']) {
          const box = await phone.getByTestId(id).boundingBox();
          expect(box, id).not.toBeNull();
          expect((box?.x ?? -1) >= 0 && (box?.x ?? 0) + (box?.width ?? 0) <= 390, id).toBe(true);
        }
        const summary = await phone.locator('section.summary').boundingBox();
        expect((summary?.x ?? 0) + (summary?.width ?? 999)).toBeLessThanOrEqual(390);
        await phone.screenshot({ path: join(OUT, 'audit-report.390.png'), fullPage: false });
      } finally {
        await browser.close();
      }
    },
    60_000,
  );
});
