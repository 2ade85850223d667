import { fillTexts, type Text } from '../core/i18n.js';
import type { BatchItemResult, RestCall } from '../portal/client.js';
import { tierOfLicense, TIER_LIMITS } from '../portal/rate-bucket.js';
import { missingScopes, scopeOfMethod } from '../portal/scopes.js';
import { DOCTOR_ENABLES as E, DOCTOR_FIXES as X, DOCTOR_FOUND as F, DOCTOR_TITLES as T } from './messages.js';
import type { DoctorCheck } from './types.js';
import { COMMAND_SCOPES } from '../resources/scopes.js';

/**
 * Methods whose presence decides what b24cfg can do on this portal
 * (docs/bitrix24/webhook-preflight.md#app-info).
 */
export interface KeyMethod {
  method: string;
  /** fail: a core part of b24cfg cannot work; warn: one section or audit check is skipped. */
  severity: 'fail' | 'warn';
  enables: Text;
}

export const KEY_METHODS: readonly KeyMethod[] = [
  { method: 'crm.category.add', severity: 'fail', enables: E.pipelines },
  {
    method: 'crm.status.add',
    severity: 'fail',
    enables: E.statuses,
  },
  {
    method: 'crm.deal.userfield.add',
    severity: 'fail',
    enables: E.userFields,
  },
  { method: 'imopenlines.config.add', severity: 'warn', enables: E.openLines },
  {
    method: 'crm.documentgenerator.template.add',
    severity: 'warn',
    enables: E.documents,
  },
  {
    method: 'department.get',
    severity: 'warn',
    enables: E.departments,
  },
  { method: 'tasks.task.list', severity: 'warn', enables: E.tasks },
  { method: 'crm.activity.list', severity: 'warn', enables: E.activities },
  {
    method: 'crm.stagehistory.list',
    severity: 'warn',
    enables: E.stageHistory,
  },
  {
    method: 'voximplant.statistic.get',
    severity: 'warn',
    enables: E.calls,
  },
];

const methodKey = (i: number) => `m${i}`;

/** Everything doctor asks, as one batch (one HTTP request). */
export function doctorCalls(): RestCall[] {
  return [
    { key: 'time', method: 'server.time', params: {} },
    { key: 'scope', method: 'scope', params: {} },
    { key: 'admin', method: 'user.admin', params: {} },
    { key: 'profile', method: 'profile', params: {} },
    { key: 'info', method: 'app.info', params: {} },
    { key: 'mode', method: 'crm.settings.mode.get', params: {} },
    ...KEY_METHODS.map((m, i) => ({ key: methodKey(i), method: 'method.get', params: { name: m.method } })),
  ];
}

export const CLOCK_SKEW_WARN_MS = 60_000;

function obj(v: unknown): Record<string, unknown> | undefined {
  return v !== null && typeof v === 'object' && !Array.isArray(v)
    ? (v as Record<string, unknown>)
    : undefined;
}

function yes(v: unknown): boolean | undefined {
  if (v === true || v === 'Y' || v === 'true' || v === 1 || v === '1') return true;
  if (v === false || v === 'N' || v === 'false' || v === 0 || v === '0' || v === '') return false;
  return undefined;
}

function failedText(item: BatchItemResult | undefined): string {
  if (!item) return 'no answer';
  const e = item.error;
  return [e?.code, e?.description].filter((s) => s !== undefined && s !== '').join(': ') || 'error';
}

function clockCheck(time: BatchItemResult | undefined, localNowMs: number): DoctorCheck {
  const serverMs = time?.ok && typeof time.result === 'string' ? Date.parse(time.result) : NaN;
  if (!Number.isFinite(serverMs)) {
    return {
      id: 'clock',
      status: 'warn',
      title: T.clock,
      detail: F.noServerTime,
      fix: X.localDeadlines,
      data: { why: failedText(time) },
    };
  }
  const skew = Math.round((serverMs - localNowMs) / 1000);
  const ok = Math.abs(serverMs - localNowMs) <= CLOCK_SKEW_WARN_MS;
  return {
    id: 'clock',
    status: ok ? 'ok' : 'warn',
    title: T.clock,
    detail: F.clock,
    fix: ok ? undefined : X.clock,
    data: { server: new Date(serverMs).toISOString(), skew: skew > 0 ? `+${skew}` : String(skew) },
  };
}

function scopeChecks(scope: BatchItemResult | undefined): { checks: DoctorCheck[]; scopes?: string[] } {
  const list =
    scope?.ok && Array.isArray(scope.result)
      ? scope.result.filter((s): s is string => typeof s === 'string')
      : undefined;
  if (!list) {
    return {
      checks: [
        {
          id: 'scopes',
          status: 'warn',
          title: T.scopes,
          detail: F.noScopeAnswer,
          fix: fillTexts(X.checkScopes, { permissions: X.webhookPermissions }),
          data: { why: failedText(scope) },
        },
      ],
    };
  }
  const gaps = missingScopes(list, COMMAND_SCOPES);
  const checks: DoctorCheck[] = gaps.map((g) => {
    const blocking = g.blocks.length > 0;
    return {
      id: `scope:${g.scope}`,
      status: blocking ? 'fail' : 'warn',
      access: blocking,
      title: T.scope,
      detail: blocking ? F.scopeBlocks : F.scopeDegrades,
      fix: fillTexts(X.addScope, { permissions: X.webhookPermissions }),
      data: { scope: g.scope, commands: (blocking ? g.blocks : g.degrades).join(', ') },
    };
  });
  if (gaps.length === 0) {
    checks.push({
      id: 'scopes',
      status: 'ok',
      title: T.scopes,
      detail: F.allScopes,
      data: { scopes: [...list].sort().join(', ') },
    });
  }
  return { checks, scopes: list };
}

function adminCheck(admin: BatchItemResult | undefined, profile: BatchItemResult | undefined): DoctorCheck {
  // user.admin answers a boolean; profile.ADMIN says the same (docs/bitrix24/webhook-preflight.md#app-info).
  const viaAdmin = admin?.ok ? yes(admin.result) : undefined;
  const viaProfile = profile?.ok ? yes(obj(profile.result)?.ADMIN) : undefined;
  const isAdmin = viaAdmin ?? viaProfile;
  const title = T.admin;
  if (isAdmin === undefined) {
    return {
      id: 'admin',
      status: 'warn',
      title,
      detail: F.couldNotTell,
      fix: X.adminCreatedIt,
      data: { why: failedText(admin) },
    };
  }
  if (isAdmin) {
    return {
      id: 'admin',
      status: 'ok',
      title,
      detail: F.admin,
    };
  }
  return {
    id: 'admin',
    status: 'fail',
    access: true,
    title,
    detail: F.notAdmin,
    fix: X.makeAdmin,
  };
}

function licenceCheck(info: BatchItemResult | undefined): { check: DoctorCheck; license?: string } {
  const license = info?.ok ? obj(info.result)?.LICENSE : undefined;
  const title = T.licence;
  if (typeof license !== 'string' || license === '') {
    return {
      check: {
        id: 'licence',
        status: 'warn',
        title,
        detail: F.noLicence,
        fix: X.standardLimits,
        data: { why: info?.ok ? 'no LICENSE' : failedText(info) },
      },
    };
  }
  const tier = tierOfLicense(license);
  const limits = TIER_LIMITS[tier];
  return {
    license,
    check: {
      id: 'licence',
      status: 'ok',
      title,
      detail: F.licence,
      data: { license, burst: limits.burst, rate: limits.perSecond },
    },
  };
}

function modeCheck(mode: BatchItemResult | undefined): DoctorCheck {
  const title = T.crmMode;
  // crm.settings.mode.get: 1 classic (leads on), 2 simple (no leads)
  // (docs/bitrix24/webhook-preflight.md#crm-mode).
  const m = mode?.ok ? Number(mode.result) : NaN;
  if (m === 1) {
    return {
      id: 'crm_mode',
      status: 'ok',
      title,
      detail: F.classicMode,
    };
  }
  if (m === 2) {
    return {
      id: 'crm_mode',
      status: 'ok',
      title,
      detail: F.simpleMode,
    };
  }
  return {
    id: 'crm_mode',
    status: 'warn',
    title,
    detail: F.couldNotTell,
    fix: X.crmScope,
    data: { why: failedText(mode) },
  };
}

function methodCheck(
  km: KeyMethod,
  item: BatchItemResult | undefined,
  scopes: string[] | undefined,
): DoctorCheck {
  const r = item?.ok ? obj(item.result) : undefined;
  const exists = yes(r?.isExisting);
  const available = yes(r?.isAvailable);
  const base = {
    id: `method:${km.method}`,
    title: T.method,
    data: { method: km.method, scope: scopeOfMethod(km.method) ?? '?' },
  };
  const enables = { enables: km.enables };
  if (exists === true && available !== false) {
    return {
      ...base,
      status: 'ok',
      detail: fillTexts(F.methodPresent, enables),
    };
  }
  if (exists === true) {
    const scope = base.data.scope;
    const scopeMissing = scopes !== undefined && scope !== '?' && !scopes.includes(scope);
    return {
      ...base,
      status: 'warn',
      detail: fillTexts(F.methodUnavailable, enables),
      fix: scopeMissing ? X.needsScope : X.userRights,
    };
  }
  if (exists === false) {
    return {
      ...base,
      status: km.severity,
      detail: fillTexts(F.methodMissing, enables),
      fix: X.noModule,
    };
  }
  return {
    ...base,
    status: 'warn',
    detail: F.noMethodAnswer,
    fix: X.later,
    data: { ...base.data, why: failedText(item) },
  };
}

/**
 * Judges the answers to `doctorCalls()` (pure). `localNowMs` is our clock when the answer came,
 * for the skew against server.time.
 */
export function evaluateDoctor(
  results: ReadonlyMap<string, BatchItemResult>,
  localNowMs: number,
): { checks: DoctorCheck[]; scopes?: string[]; license?: string } {
  const checks: DoctorCheck[] = [
    {
      id: 'reachable',
      status: 'ok',
      title: T.reachable,
      detail: F.reachable,
    },
  ];
  checks.push(clockCheck(results.get('time'), localNowMs));
  const sc = scopeChecks(results.get('scope'));
  checks.push(...sc.checks);
  checks.push(adminCheck(results.get('admin'), results.get('profile')));
  const lic = licenceCheck(results.get('info'));
  checks.push(lic.check);
  checks.push(modeCheck(results.get('mode')));
  KEY_METHODS.forEach((km, i) => checks.push(methodCheck(km, results.get(methodKey(i)), sc.scopes)));
  return { checks, scopes: sc.scopes, license: lic.license };
}
