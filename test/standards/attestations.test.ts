import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  appendEntry,
  isExpired,
  isIsoDate,
  loadAttestations,
  parseAttestations,
} from '../../src/standards/attestations.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'b24cfg-att-'));

describe('the attestations file', () => {
  it('parses attestations and suppressions', () => {
    const f = parseAttestations(
      `version: 1
attestations:
  - { standard: SD-13, by: Мария, at: 2026-01-10, note: права сняты, evidence: "https://x/y.png", expires: 2026-12-31 }
suppressions:
  - { standard: SD-16, reason: телефония в марте, expires: 2026-03-31, by: auditor }
`,
      '/p/.b24cfg/attestations.yaml',
      '/p',
    );
    expect(f.attestations).toEqual([
      {
        standard: 'SD-13',
        by: 'Мария',
        at: '2026-01-10',
        note: 'права сняты',
        evidence: 'https://x/y.png',
        expires: '2026-12-31',
      },
    ]);
    expect(f.suppressions).toEqual([
      {
        standard: 'SD-16',
        reason: 'телефония в марте',
        expires: '2026-03-31',
        by: 'auditor',
        source: 'attestations',
      },
    ]);
  });

  it.each([
    ['attestations: [{ standard: SD-1, by: a, at: 2026-01-01, note: n }]', 'is not SD-NN', 'attestations[0]'],
    [
      'attestations: [{ standard: SD-13, by: a, at: 2026-02-30, note: n }]',
      'not YYYY-MM-DD',
      'attestations[0]',
    ],
    ['suppressions: [{ standard: SD-16, reason: ok reason }]', 'needs expires', 'suppressions[0]'],
    [
      'suppressions: [{ standard: SD-16, reason: "", expires: 2026-01-01 }]',
      'needs a reason',
      'suppressions[0]',
    ],
    ['attestations: {}', 'must be a list', undefined],
    ['[1, 2]', 'must be a mapping', undefined],
  ])('refuses %s with a message naming the entry', (src, why, where) => {
    try {
      parseAttestations(src, '/p/.b24cfg/attestations.yaml', '/p');
      expect.unreachable();
    } catch (e) {
      const err = e as { code: string; render: (l: 'en') => { message: string; where?: string } };
      expect(err.code).toBe('ATTESTATIONS_INVALID');
      expect(err.render('en').message).toContain(why);
      if (where) expect(err.render('en').where).toContain(where);
      expect(err.render('en').where).toContain('.b24cfg/attestations.yaml');
    }
  });

  it('a missing file is empty', async () => {
    const dir = tmp();
    expect(await loadAttestations(dir, dir)).toEqual({
      path: join(dir, '.b24cfg/attestations.yaml'),
      attestations: [],
      suppressions: [],
    });
  });

  it('appending keeps comments and earlier entries', async () => {
    const dir = tmp();
    mkdirSync(join(dir, '.b24cfg'));
    writeFileSync(
      join(dir, '.b24cfg/attestations.yaml'),
      '# our notes\nversion: 1\nattestations:\n  - { standard: SD-14, by: a, at: 2026-01-01, note: first }\n',
    );
    await appendEntry(dir, dir, 'attestations', {
      standard: 'SD-15',
      by: 'b',
      at: '2026-01-02',
      note: 'second',
    });
    await appendEntry(dir, dir, 'suppressions', {
      standard: 'SD-16',
      reason: 'later',
      expires: '2026-05-01',
    });
    const text = readFileSync(join(dir, '.b24cfg/attestations.yaml'), 'utf8');
    expect(text).toContain('# our notes');
    const f = await loadAttestations(dir, dir);
    expect(f.attestations.map((a) => a.standard)).toEqual(['SD-14', 'SD-15']);
    expect(f.suppressions.map((s) => s.standard)).toEqual(['SD-16']);
  });

  it('dates: real days only; valid through the expiry day', () => {
    expect(isIsoDate('2026-02-28')).toBe(true);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('26-02-01')).toBe(false);
    const now = new Date('2026-03-01T23:00:00Z');
    expect(isExpired('2026-03-01', now)).toBe(false);
    expect(isExpired('2026-02-28', now)).toBe(true);
    expect(isExpired(undefined, now)).toBe(false);
  });
});
