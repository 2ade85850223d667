import type { Text } from '../core/i18n.js';
import type { BatchItemResult, RestCall } from '../portal/client.js';
import { tierOfLicense, TIER_LIMITS } from '../portal/rate-bucket.js';
import { missingScopes, scopeOfMethod } from '../portal/scopes.js';
import type { DoctorCheck } from './types.js';

/** Methods whose presence decides what b24cfg can do on this portal (rest-map §14 "Preflight"). */
export interface KeyMethod {
  method: string;
  /** fail: a core part of b24cfg cannot work; warn: one section or audit check is skipped. */
  severity: 'fail' | 'warn';
  enables: Text;
}

export const KEY_METHODS: readonly KeyMethod[] = [
  { method: 'crm.category.add', severity: 'fail', enables: { ru: 'воронки', en: 'pipelines' } },
  {
    method: 'crm.status.add',
    severity: 'fail',
    enables: { ru: 'стадии, причины отказа, справочники', en: 'stages, loss reasons, dictionaries' },
  },
  {
    method: 'crm.deal.userfield.add',
    severity: 'fail',
    enables: { ru: 'пользовательские поля', en: 'user fields' },
  },
  { method: 'imopenlines.config.add', severity: 'warn', enables: { ru: 'открытые линии', en: 'open lines' } },
  {
    method: 'crm.documentgenerator.template.add',
    severity: 'warn',
    enables: { ru: 'шаблоны документов', en: 'document templates' },
  },
  {
    method: 'department.get',
    severity: 'warn',
    enables: { ru: 'руководители отделов', en: 'department heads' },
  },
  { method: 'tasks.task.list', severity: 'warn', enables: { ru: 'аудит задач', en: 'task audit' } },
  { method: 'crm.activity.list', severity: 'warn', enables: { ru: 'аудит дел', en: 'activity audit' } },
  {
    method: 'crm.stagehistory.list',
    severity: 'warn',
    enables: { ru: 'аудит проигранных сделок', en: 'lost-deal audit' },
  },
  {
    method: 'voximplant.statistic.get',
    severity: 'warn',
    enables: { ru: 'аудит звонков', en: 'call audit' },
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

const WEBHOOK_PERMISSIONS = {
  ru: 'Bitrix24: Разработчикам → Другое → Входящий вебхук → Настройка прав',
  en: 'Bitrix24: Developer resources → Other → Inbound webhook → Permissions',
};

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
      title: { ru: 'Часы портала', en: 'Portal clock' },
      detail: { ru: 'server.time не ответил: {why}', en: 'server.time did not answer: {why}' },
      fix: {
        ru: 'Сроки «просрочено» в аудите будут считаться по местному времени.',
        en: 'Audit deadlines will be judged by local time.',
      },
      data: { why: failedText(time) },
    };
  }
  const skew = Math.round((serverMs - localNowMs) / 1000);
  const ok = Math.abs(serverMs - localNowMs) <= CLOCK_SKEW_WARN_MS;
  return {
    id: 'clock',
    status: ok ? 'ok' : 'warn',
    title: { ru: 'Часы портала', en: 'Portal clock' },
    detail: {
      ru: 'время портала {server}, расхождение с местным {skew} с',
      en: 'portal time {server}, {skew} s from local time',
    },
    fix: ok
      ? undefined
      : {
          ru: 'Сверьте часы этой машины (NTP). b24cfg считает сроки по времени портала, но отметки в отчётах будут расходиться.',
          en: "Check this machine's clock (NTP). b24cfg judges deadlines by portal time, but report stamps will disagree.",
        },
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
          title: { ru: 'Права вебхука', en: 'Webhook scopes' },
          detail: { ru: 'метод scope не ответил: {why}', en: 'the scope method did not answer: {why}' },
          fix: {
            ru: `Проверьте права вебхука вручную: ${WEBHOOK_PERMISSIONS.ru}.`,
            en: `Check the webhook scopes by hand: ${WEBHOOK_PERMISSIONS.en}.`,
          },
          data: { why: failedText(scope) },
        },
      ],
    };
  }
  const gaps = missingScopes(list);
  const checks: DoctorCheck[] = gaps.map((g) => {
    const blocking = g.blocks.length > 0;
    return {
      id: `scope:${g.scope}`,
      status: blocking ? 'fail' : 'warn',
      access: blocking,
      title: { ru: 'Право «{scope}»', en: 'Scope «{scope}»' },
      detail: blocking
        ? {
            ru: 'нет у вебхука — не смогут работать: {commands}',
            en: 'missing — these commands cannot run: {commands}',
          }
        : {
            ru: 'нет у вебхука — будет пропущена часть: {commands}',
            en: 'missing — part of these is skipped: {commands}',
          },
      fix: {
        ru: `Добавьте право «{scope}» вебхуку: ${WEBHOOK_PERMISSIONS.ru}.`,
        en: `Add the scope «{scope}» to the webhook: ${WEBHOOK_PERMISSIONS.en}.`,
      },
      data: { scope: g.scope, commands: (blocking ? g.blocks : g.degrades).join(', ') },
    };
  });
  if (gaps.length === 0) {
    checks.push({
      id: 'scopes',
      status: 'ok',
      title: { ru: 'Права вебхука', en: 'Webhook scopes' },
      detail: { ru: 'все нужные есть: {scopes}', en: 'all needed are present: {scopes}' },
      data: { scopes: [...list].sort().join(', ') },
    });
  }
  return { checks, scopes: list };
}

function adminCheck(admin: BatchItemResult | undefined, profile: BatchItemResult | undefined): DoctorCheck {
  // user.admin answers a boolean; profile.ADMIN says the same (rest-map §14 "Preflight").
  const viaAdmin = admin?.ok ? yes(admin.result) : undefined;
  const viaProfile = profile?.ok ? yes(obj(profile.result)?.ADMIN) : undefined;
  const isAdmin = viaAdmin ?? viaProfile;
  const title: Text = { ru: 'Администратор', en: 'Administrator' };
  if (isAdmin === undefined) {
    return {
      id: 'admin',
      status: 'warn',
      title,
      detail: { ru: 'не удалось узнать: {why}', en: 'could not tell: {why}' },
      fix: {
        ru: 'Убедитесь, что вебхук создан администратором портала: без этого apply не сможет менять настройки CRM.',
        en: 'Make sure a portal administrator created the webhook: otherwise apply cannot change CRM settings.',
      },
      data: { why: failedText(admin) },
    };
  }
  if (isAdmin) {
    return {
      id: 'admin',
      status: 'ok',
      title,
      detail: { ru: 'вебхук действует от администратора', en: 'the webhook acts as an administrator' },
    };
  }
  return {
    id: 'admin',
    status: 'fail',
    access: true,
    title,
    detail: {
      ru: 'пользователь вебхука не администратор — apply не сможет создавать воронки и поля',
      en: "the webhook's user is not an administrator — apply cannot create pipelines and fields",
    },
    fix: {
      ru: 'Создайте вебхук от имени администратора портала или выдайте права этому пользователю.',
      en: 'Create the webhook as a portal administrator, or make its user one.',
    },
  };
}

function licenceCheck(info: BatchItemResult | undefined): { check: DoctorCheck; license?: string } {
  const license = info?.ok ? obj(info.result)?.LICENSE : undefined;
  const title: Text = { ru: 'Тариф', en: 'Plan' };
  if (typeof license !== 'string' || license === '') {
    return {
      check: {
        id: 'licence',
        status: 'warn',
        title,
        detail: { ru: 'app.info не назвал тариф: {why}', en: 'app.info did not name the plan: {why}' },
        fix: {
          ru: 'Лимиты запросов будут стандартными (50 сразу, 2 в секунду); для Enterprise укажите --tier enterprise.',
          en: 'Standard request limits will be used (50 burst, 2 per second); for Enterprise pass --tier enterprise.',
        },
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
      detail: {
        ru: '{license} — лимит запросов: {burst} сразу, затем {rate} в секунду',
        en: '{license} — request limit: {burst} burst, then {rate} per second',
      },
      data: { license, burst: limits.burst, rate: limits.perSecond },
    },
  };
}

function modeCheck(mode: BatchItemResult | undefined): DoctorCheck {
  const title: Text = { ru: 'Режим CRM', en: 'CRM mode' };
  // crm.settings.mode.get: 1 classic (leads on), 2 simple (no leads) (rest-map §14, docs crm-settings-mode-get.md).
  const m = mode?.ok ? Number(mode.result) : NaN;
  if (m === 1) {
    return {
      id: 'crm_mode',
      status: 'ok',
      title,
      detail: { ru: 'классический: лиды включены', en: 'classic: leads are on' },
    };
  }
  if (m === 2) {
    return {
      id: 'crm_mode',
      status: 'ok',
      title,
      detail: { ru: 'простой: без лидов', en: 'simple: no leads' },
    };
  }
  return {
    id: 'crm_mode',
    status: 'warn',
    title,
    detail: { ru: 'не удалось узнать: {why}', en: 'could not tell: {why}' },
    fix: { ru: 'Проверьте право «crm» у вебхука.', en: 'Check that the webhook has the «crm» scope.' },
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
    title: { ru: '{method}', en: '{method}' },
    data: { method: km.method, scope: scopeOfMethod(km.method) ?? '?' },
  };
  const enables = (lang: 'ru' | 'en') => km.enables[lang];
  if (exists === true && available !== false) {
    return {
      ...base,
      status: 'ok',
      detail: { ru: `есть — ${enables('ru')}`, en: `present — ${enables('en')}` },
    };
  }
  if (exists === true) {
    const scope = base.data.scope;
    const scopeMissing = scopes !== undefined && scope !== '?' && !scopes.includes(scope);
    return {
      ...base,
      status: 'warn',
      detail: {
        ru: `есть, но вебхуку недоступен — ${enables('ru')}`,
        en: `present but not available to the webhook — ${enables('en')}`,
      },
      fix: scopeMissing
        ? { ru: 'Нужно право «{scope}» (см. выше).', en: 'It needs the scope «{scope}» (see above).' }
        : {
            ru: 'Проверьте права пользователя вебхука и тариф.',
            en: "Check the webhook user's rights and the plan.",
          },
    };
  }
  if (exists === false) {
    return {
      ...base,
      status: km.severity,
      detail: {
        ru: `нет на портале — не будет работать: ${enables('ru')}`,
        en: `not on this portal — this will not work: ${enables('en')}`,
      },
      fix: {
        ru: 'Модуль не установлен или недоступен на тарифе; такие разделы спецификации b24cfg пропустит.',
        en: 'The module is not installed or not on this plan; b24cfg skips those spec sections.',
      },
    };
  }
  return {
    ...base,
    status: 'warn',
    detail: { ru: 'method.get не ответил: {why}', en: 'method.get did not answer: {why}' },
    fix: { ru: 'Повторите doctor позже.', en: 'Run doctor again later.' },
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
      title: { ru: 'Связь и вебхук', en: 'Connection and webhook' },
      detail: { ru: 'портал отвечает, вебхук принят', en: 'the portal answers and accepts the webhook' },
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
