import { describe, expect, it } from 'vitest';
import { fmt } from '../../src/core/i18n.js';
import { doctorCalls, evaluateDoctor, KEY_METHODS } from '../../src/doctor/checks.js';
import { doctorExitCode } from '../../src/doctor/run.js';
import type { DoctorCheck, DoctorReport } from '../../src/doctor/types.js';
import type { BatchItemResult } from '../../src/portal/client.js';
import { fixture } from '../portal/helpers/fixtures.js';

const SERVER_NOW = Date.parse('2024-08-05T09:02:13+00:00');
const ALL_SCOPES = ['crm', 'imopenlines', 'user', 'department', 'task', 'telephony'];

function results(over: Record<string, BatchItemResult | undefined> = {}): Map<string, BatchItemResult> {
  const okItem = (key: string, result: unknown): BatchItemResult => ({ key, ok: true, result });
  const base: Record<string, BatchItemResult> = {
    time: okItem('time', fixture('server.time').body.result),
    scope: okItem('scope', ALL_SCOPES),
    admin: okItem('admin', fixture('user.admin').body.result),
    profile: okItem('profile', fixture('profile').body.result),
    info: okItem('info', { SCOPE: ALL_SCOPES, LICENSE: 'ru_pro100' }),
    mode: okItem('mode', fixture('crm.settings.mode.get').body.result),
  };
  KEY_METHODS.forEach((_m, i) => (base[`m${i}`] = okItem(`m${i}`, fixture('method.get').body.result)));
  for (const [k, v] of Object.entries(over)) {
    if (v === undefined) delete base[k];
    else base[k] = v;
  }
  return new Map(Object.entries(base));
}

const text = (c: DoctorCheck | undefined, lang: 'ru' | 'en' = 'en') =>
  c
    ? `${fmt(c.title, lang, c.data)} | ${fmt(c.detail, lang, c.data)} | ${c.fix ? fmt(c.fix, lang, c.data) : ''}`
    : '';
const byId = (checks: DoctorCheck[], id: string) => checks.find((c) => c.id === id);
const report = (checks: DoctorCheck[]): DoctorReport => ({ host: 'x', checks });

describe('doctorCalls', () => {
  it('asks everything in one batch of reads', () => {
    const calls = doctorCalls();
    expect(calls.length).toBeLessThanOrEqual(50);
    expect(calls.map((c) => c.method).slice(0, 6)).toEqual([
      'server.time',
      'scope',
      'user.admin',
      'profile',
      'app.info',
      'crm.settings.mode.get',
    ]);
    expect(calls.filter((c) => c.method === 'method.get').map((c) => c.params.name)).toContain(
      'imopenlines.config.add',
    );
  });
});

describe('evaluateDoctor', () => {
  it('all ok on a healthy portal, exit 0', () => {
    const r = evaluateDoctor(results(), SERVER_NOW + 2000);
    expect(r.checks.filter((c) => c.status !== 'ok').map((c) => c.id)).toEqual([]);
    expect(r.license).toBe('ru_pro100');
    expect(text(byId(r.checks, 'clock'))).toContain('-2 s from local time');
    expect(text(byId(r.checks, 'licence'))).toContain('50 burst, then 2 per second');
    expect(text(byId(r.checks, 'crm_mode'))).toContain('classic');
    expect(doctorExitCode(report(r.checks))).toBe(0);
  });

  it('a missing scope names itself and the commands it blocks, exit 5', () => {
    const r = evaluateDoctor(
      results({ scope: { key: 'scope', ok: true, result: ['crm', 'user', 'department', 'task'] } }),
      SERVER_NOW,
    );
    const im = byId(r.checks, 'scope:imopenlines');
    expect(im?.status).toBe('fail');
    expect(text(im)).toContain('export, plan, apply, restore, audit');
    expect(text(im)).toContain('Add the scope "imopenlines" to the webhook');
    expect(text(im, 'ru')).toContain('«imopenlines»');
    expect(byId(r.checks, 'scope:telephony')?.status).toBe('warn');
    expect(doctorExitCode(report(r.checks))).toBe(5);
  });

  it('the documented scope fixture (no crm, no imopenlines, no task) fails on each', () => {
    const r = evaluateDoctor(
      results({ scope: { key: 'scope', ok: true, result: fixture('scope').body.result } }),
      SERVER_NOW,
    );
    expect(r.checks.filter((c) => c.status === 'fail').map((c) => c.id)).toEqual([
      'scope:crm',
      'scope:imopenlines',
      'scope:task',
    ]);
  });

  it('a non-admin webhook fails with exit 5; profile.ADMIN stands in when user.admin fails', () => {
    const notAdmin = evaluateDoctor(
      results({ admin: { key: 'admin', ok: true, result: false } }),
      SERVER_NOW,
    );
    expect(byId(notAdmin.checks, 'admin')?.status).toBe('fail');
    expect(doctorExitCode(report(notAdmin.checks))).toBe(5);
    const viaProfile = evaluateDoctor(
      results({ admin: { key: 'admin', ok: false, error: { code: 'ACCESS_DENIED', description: '' } } }),
      SERVER_NOW,
    );
    expect(byId(viaProfile.checks, 'admin')?.status).toBe('ok');
  });

  it('clock skew beyond a minute is a warning', () => {
    const r = evaluateDoctor(results(), SERVER_NOW - 5 * 60_000);
    expect(byId(r.checks, 'clock')?.status).toBe('warn');
    expect(text(byId(r.checks, 'clock'))).toContain('+300 s');
  });

  it('an enterprise licence shows the enterprise limits', () => {
    const r = evaluateDoctor(
      results({ info: { key: 'info', ok: true, result: fixture('app.info').body.result } }),
      SERVER_NOW,
    );
    expect(text(byId(r.checks, 'licence'))).toContain(
      'de_ent10000 — request limit: 250 burst, then 5 per second',
    );
  });

  it('a missing core method fails (exit 1); a missing optional one warns; present-but-unavailable warns', () => {
    const core = KEY_METHODS.findIndex((m) => m.method === 'crm.category.add');
    const opt = KEY_METHODS.findIndex((m) => m.method === 'voximplant.statistic.get');
    const im = KEY_METHODS.findIndex((m) => m.method === 'imopenlines.config.add');
    const r = evaluateDoctor(
      results({
        [`m${core}`]: { key: `m${core}`, ok: true, result: { isExisting: false, isAvailable: false } },
        [`m${opt}`]: { key: `m${opt}`, ok: true, result: { isExisting: false, isAvailable: false } },
        [`m${im}`]: { key: `m${im}`, ok: true, result: { isExisting: true, isAvailable: false } },
        scope: { key: 'scope', ok: true, result: ['crm', 'user', 'department', 'task', 'telephony'] },
      }),
      SERVER_NOW,
    );
    expect(byId(r.checks, 'method:crm.category.add')?.status).toBe('fail');
    expect(byId(r.checks, 'method:voximplant.statistic.get')?.status).toBe('warn');
    const imCheck = byId(r.checks, 'method:imopenlines.config.add');
    expect(imCheck?.status).toBe('warn');
    expect(text(imCheck)).toContain('"imopenlines"');
    const onlyMethods = r.checks.filter((c) => !c.id.startsWith('scope:'));
    expect(doctorExitCode(report(onlyMethods))).toBe(1);
  });

  it('answers that failed become warnings that say why', () => {
    const err = (key: string): BatchItemResult => ({
      key,
      ok: false,
      error: { code: 'insufficient_scope', description: '' },
    });
    const r = evaluateDoctor(
      results({ mode: err('mode'), info: err('info'), time: err('time'), scope: err('scope') }),
      SERVER_NOW,
    );
    for (const id of ['crm_mode', 'licence', 'clock', 'scopes']) {
      expect(byId(r.checks, id)?.status).toBe('warn');
      expect(text(byId(r.checks, id))).toContain('insufficient_scope');
    }
  });
});
