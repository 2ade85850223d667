import { CliError } from '../core/errors.js';
import { EXIT, type ExitCode } from '../core/exit-codes.js';
import type { Text, TextData } from '../core/i18n.js';
import { redact, redactDeep } from '../core/redact.js';
import type { RestCall } from './client.js';
import { scopeOfMethod } from './scopes.js';

export type B24ErrorCategory =
  | 'auth'
  | 'scope'
  | 'access'
  | 'licence'
  | 'method_not_found'
  | 'not_found'
  | 'validation'
  | 'rate_limit'
  | 'operation_limit'
  | 'overload'
  | 'server'
  | 'network'
  | 'timeout'
  | 'unknown_outcome'
  | 'malformed_response';

export interface B24ErrorInit {
  category: B24ErrorCategory;
  method: string;
  /** The raw `error` of the answer; '' when the portal sent an empty code (rest-map §14). */
  b24Code?: string;
  description?: string;
  /** HTTP status; 0 when there was no answer. */
  status?: number;
  host?: string;
  /** unknown_outcome: the params of the write whose fate is unknown (kept redacted). */
  params?: Record<string, unknown>;
  /** unknown_outcome of a batch: every call that request carried. */
  calls?: readonly RestCall[];
  /** Extra placeholders for the message (e.g. waitSeconds). */
  data?: TextData;
  cause?: unknown;
}

interface CategoryText {
  code: string;
  exit: ExitCode;
  message: Text;
  hint: Text;
}

const WEBHOOK_PLACE = {
  ru: 'Bitrix24: Разработчикам → Другое → Входящий вебхук',
  en: 'Bitrix24: Developer resources → Other → Inbound webhook',
};

const TEXTS: Record<B24ErrorCategory, CategoryText> = {
  auth: {
    code: 'B24_AUTH',
    exit: EXIT.auth,
    message: {
      ru: 'портал не принял вебхук ({method}): {description}',
      en: 'the portal rejected the webhook ({method}): {description}',
    },
    hint: {
      ru: `Проверьте адрес вебхука целиком (https://портал/rest/<id>/<секрет>/) и что вебхук не удалён и не отключён: ${WEBHOOK_PLACE.ru}.`,
      en: `Check the whole webhook URL (https://portal/rest/<id>/<secret>/) and that the webhook is not deleted or disabled: ${WEBHOOK_PLACE.en}.`,
    },
  },
  scope: {
    code: 'B24_INSUFFICIENT_SCOPE',
    exit: EXIT.auth,
    message: {
      ru: 'у вебхука нет права «{scope}», без него портал не выполняет {method}',
      en: 'the webhook lacks the scope «{scope}» that {method} needs',
    },
    hint: {
      ru: `Добавьте право «{scope}» вебхуку: ${WEBHOOK_PLACE.ru} → Настройка прав, сохраните и повторите команду. \`b24cfg doctor\` покажет все недостающие права.`,
      en: `Add the scope «{scope}» to the webhook: ${WEBHOOK_PLACE.en} → Permissions, save, and run the command again. \`b24cfg doctor\` lists every missing scope.`,
    },
  },
  access: {
    code: 'B24_ACCESS_DENIED',
    exit: EXIT.auth,
    message: {
      ru: 'портал отказал в доступе к {method}: {description}',
      en: 'the portal denied access to {method}: {description}',
    },
    hint: {
      ru: 'Вебхук действует от имени своего пользователя: дайте этому пользователю права администратора CRM (или портала) либо создайте вебхук от имени администратора.',
      en: 'A webhook acts as its user: give that user CRM (or portal) administrator rights, or create the webhook as an administrator.',
    },
  },
  licence: {
    code: 'B24_LICENCE',
    exit: EXIT.auth,
    message: {
      ru: 'тариф портала не позволяет {method}: {description}',
      en: "the portal's plan does not allow {method}: {description}",
    },
    hint: {
      ru: 'Проверьте тариф портала (REST доступен не на всех тарифах, число воронок ограничено тарифом); `b24cfg doctor` покажет тариф.',
      en: "Check the portal's plan (REST is not available on every plan; the number of pipelines is limited by plan); `b24cfg doctor` shows the plan.",
    },
  },
  method_not_found: {
    code: 'B24_METHOD_NOT_FOUND',
    exit: EXIT.findings,
    message: {
      ru: 'на портале нет метода {method}',
      en: 'the portal has no method {method}',
    },
    hint: {
      ru: 'Модуль не установлен или недоступен на этом тарифе; `b24cfg doctor` покажет, какие методы есть.',
      en: 'The module is not installed or not available on this plan; `b24cfg doctor` shows which methods exist.',
    },
  },
  not_found: {
    code: 'B24_NOT_FOUND',
    exit: EXIT.findings,
    message: {
      ru: '{method}: объект не найден на портале ({description})',
      en: '{method}: the object was not found on the portal ({description})',
    },
    hint: {
      ru: 'Портал изменился с момента чтения. Запустите `b24cfg plan` ещё раз.',
      en: 'The portal changed since it was read. Run `b24cfg plan` again.',
    },
  },
  validation: {
    code: 'B24_REJECTED',
    exit: EXIT.findings,
    message: {
      ru: 'портал отклонил {method}: {description}',
      en: 'the portal rejected {method}: {description}',
    },
    hint: {
      ru: 'Проверьте значения в спецификации, к которым относится этот вызов (`b24cfg validate`).',
      en: 'Check the spec values this call was built from (`b24cfg validate`).',
    },
  },
  rate_limit: {
    code: 'B24_RATE_LIMIT',
    exit: EXIT.budget,
    message: {
      ru: 'портал ограничил частоту запросов (QUERY_LIMIT_EXCEEDED) на {method}, повторы не помогли',
      en: 'the portal throttled requests (QUERY_LIMIT_EXCEEDED) on {method} and retries did not help',
    },
    hint: {
      ru: 'Лимит общий для всех, кто обращается к порталу с этого IP. Подождите минуту и повторите; прерванное применение продолжит `b24cfg apply --resume`.',
      en: 'The limit is shared by everyone calling the portal from this IP. Wait a minute and run again; an interrupted apply continues with `b24cfg apply --resume`.',
    },
  },
  operation_limit: {
    code: 'B24_OPERATION_LIMIT',
    exit: EXIT.budget,
    message: {
      ru: 'метод {method} временно заблокирован: исчерпан лимит времени выполнения (OPERATION_TIME_LIMIT)',
      en: 'method {method} is blocked for now: its execution-time budget is used up (OPERATION_TIME_LIMIT)',
    },
    hint: {
      ru: 'Портал снимет блокировку примерно через {waitSeconds} с. Повторите позже; прерванное применение продолжит `b24cfg apply --resume`.',
      en: 'The portal lifts the block in about {waitSeconds} s. Run again later; an interrupted apply continues with `b24cfg apply --resume`.',
    },
  },
  overload: {
    code: 'B24_OVERLOAD',
    exit: EXIT.budget,
    message: {
      ru: 'портал заблокировал запросы этого вебхука (OVERLOAD_LIMIT) на {method}',
      en: 'the portal has blocked requests from this webhook (OVERLOAD_LIMIT) on {method}',
    },
    hint: {
      ru: 'Это ручная блокировка на стороне Bitrix24, повторы её не снимут. Обратитесь в поддержку Bitrix24.',
      en: 'This is a manual block on the Bitrix24 side; retrying will not lift it. Contact Bitrix24 support.',
    },
  },
  server: {
    code: 'B24_SERVER_ERROR',
    exit: EXIT.findings,
    message: {
      ru: 'ошибка на стороне портала при {method} (HTTP {status}): {description}',
      en: 'the portal failed on {method} (HTTP {status}): {description}',
    },
    hint: {
      ru: 'Повторите команду через несколько минут.',
      en: 'Run the command again in a few minutes.',
    },
  },
  network: {
    code: 'B24_NETWORK',
    exit: EXIT.findings,
    message: {
      ru: 'нет связи с порталом {host} ({method}): {description}',
      en: 'cannot reach the portal {host} ({method}): {description}',
    },
    hint: {
      ru: 'Проверьте адрес портала на опечатки и доступ в интернет (прокси, VPN).',
      en: 'Check the portal address for typos and the network connection (proxy, VPN).',
    },
  },
  timeout: {
    code: 'B24_TIMEOUT',
    exit: EXIT.findings,
    message: {
      ru: 'портал {host} не ответил на {method} вовремя: {description}',
      en: 'the portal {host} did not answer {method} in time: {description}',
    },
    hint: {
      ru: 'Повторите команду; для медленного портала увеличьте --timeout.',
      en: 'Run the command again; for a slow portal raise --timeout.',
    },
  },
  unknown_outcome: {
    code: 'B24_UNKNOWN_OUTCOME',
    exit: EXIT.partial,
    message: {
      ru: 'неизвестно, выполнил ли портал {method}: {description}',
      en: 'unknown whether the portal executed {method}: {description}',
    },
    hint: {
      ru: 'b24cfg не повторяет изменения вслепую, чтобы не создать дубликаты. Запустите `b24cfg plan` (или `b24cfg apply --resume`): портал будет перечитан и станет видно, что уже сделано.',
      en: 'b24cfg never repeats a change blindly, so nothing gets duplicated. Run `b24cfg plan` (or `b24cfg apply --resume`): the portal is read again and shows what was done.',
    },
  },
  malformed_response: {
    code: 'B24_MALFORMED_RESPONSE',
    exit: EXIT.findings,
    message: {
      ru: 'портал ответил на {method} не так, как документировано (HTTP {status}): {description}',
      en: 'the portal answered {method} in an undocumented way (HTTP {status}): {description}',
    },
    hint: {
      ru: 'Ничего не изменено по этому ответу. Повторите команду; если ошибка повторяется, запустите `b24cfg doctor`.',
      en: 'Nothing was done with this answer. Run the command again; if it repeats, run `b24cfg doctor`.',
    },
  },
};

/** Hint for a method that only applications may call (rest-map §4: bizproc template writes, triggers). */
const APP_CONTEXT_HINT: Text = {
  ru: 'Этот метод доступен только приложениям, а не вебхукам (rest-map §4); b24cfg помечает такие пункты как ручные.',
  en: 'Only applications, not webhooks, may call this method (rest-map §4); b24cfg treats such items as manual.',
};

const GENERIC_SCOPE_HINT: Text = {
  ru: `Добавьте вебхуку нужное право: ${WEBHOOK_PLACE.ru} → Настройка прав. \`b24cfg doctor\` покажет, каких прав не хватает.`,
  en: `Add the missing scope to the webhook: ${WEBHOOK_PLACE.en} → Permissions. \`b24cfg doctor\` shows which scopes are missing.`,
};

/**
 * A failure reported by (or on the way to) the portal. Classified by the `error` string, with the
 * text as fallback — never by HTTP status alone, because the core and the docs disagree on statuses
 * (insufficient_scope is 401 in the code, 403 in the docs: rest-map §14).
 */
export class B24Error extends CliError {
  readonly category: B24ErrorCategory;
  readonly b24Code: string;
  readonly description: string;
  readonly status: number;
  readonly method: string;
  readonly params?: Record<string, unknown>;
  readonly calls?: readonly RestCall[];

  constructor(init: B24ErrorInit) {
    const t = TEXTS[init.category];
    const description = redact(init.description ?? '');
    const scope = init.category === 'scope' ? scopeOfMethod(init.method) : undefined;
    const appOnly = /application context required/i.test(description);
    super({
      code: t.code,
      exit: t.exit,
      message: t.message,
      hint: init.category === 'scope' && !scope ? GENERIC_SCOPE_HINT : appOnly ? APP_CONTEXT_HINT : t.hint,
      where: init.host ? `${init.host} ▸ ${init.method}` : init.method,
      data: {
        method: init.method,
        description: description === '' ? init.b24Code || '—' : description,
        status: init.status ?? 0,
        host: init.host ?? 'portal',
        scope: scope ?? '?',
        ...init.data,
      },
      cause: init.cause,
    });
    this.category = init.category;
    this.b24Code = init.b24Code ?? '';
    this.description = description;
    this.status = init.status ?? 0;
    this.method = init.method;
    if (init.params) this.params = redactDeep(init.params);
    if (init.calls) this.calls = redactDeep(init.calls.map((c) => ({ ...c })));
  }
}

export function isB24Error(e: unknown): e is B24Error {
  return e instanceof B24Error;
}

const BY_CODE: Readonly<Record<string, B24ErrorCategory>> = {
  insufficient_scope: 'scope',
  invalid_credentials: 'auth',
  no_auth_found: 'auth',
  expired_token: 'auth',
  invalid_token: 'auth',
  wrong_auth_type: 'auth',
  // "Https required" (rest-map §14, [Y] apauth/auth.php L50-53): the webhook URL itself is wrong.
  invalid_request: 'auth',
  access_denied: 'access',
  docgen_access_error: 'access',
  config_wrong_user_permission: 'access',
  error_template_not_owner: 'access',
  crm_feature_restriction_error: 'licence',
  error_method_not_found: 'method_not_found',
  not_found: 'not_found',
  error_not_found: 'not_found',
  error_entity_not_found: 'not_found',
  query_limit_exceeded: 'rate_limit',
  operation_time_limit: 'operation_limit',
  overload_limit: 'overload',
  internal_server_error: 'server',
  error_unexpected_answer: 'server',
  error_core: 'validation',
  error_argument: 'validation',
  invalid_format: 'validation',
  config_id_empty: 'validation',
  error_batch_length_exceeded: 'validation',
  error_batch_method_not_allowed: 'validation',
  error_template_validation_failure: 'validation',
};

/**
 * Many crm errors carry an empty (or "0") code and only text (crm.status.*, userfields,
 * crm.automation.trigger: rest-map §14, fixtures *.error.json). These rules read the text, as the
 * PHP SDK's ApiLevelErrorHandler does. Order matters: the first match wins.
 */
const BY_TEXT: ReadonlyArray<readonly [RegExp, B24ErrorCategory]> = [
  [/higher privileges|insufficient[_ ]scope/i, 'scope'],
  [/only by subscription|subscription|tariff/i, 'licence'],
  [/access denied|permission denied|insufficient (access )?rights/i, 'access'],
  [/method not found/i, 'method_not_found'],
  [/operation time limit/i, 'operation_limit'],
  [/too many requests|query limit/i, 'rate_limit'],
];

/** Reads `error` / `error_description` in both the v2 shape and the REST 3.0 `{error:{code,message}}`. */
export function errorFields(body: Record<string, unknown>): { code: string; description: string } {
  const e = body.error;
  if (e !== null && typeof e === 'object' && !Array.isArray(e)) {
    const o = e as Record<string, unknown>;
    return { code: scalarText(o.code), description: scalarText(o.message) };
  }
  return { code: scalarText(e), description: scalarText(body.error_description) };
}

function scalarText(v: unknown): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return '';
}

/** The category of a portal error from its code and text (rest-map §14 table). */
export function categorize(code: string, description: string, status: number): B24ErrorCategory {
  const byCode = BY_CODE[code.trim().toLowerCase()];
  // "REST is available only by subscription" comes as ACCESS_DENIED (rest-map §14): the text refines it.
  if ((byCode === undefined || byCode === 'access') && /subscription|tariff/i.test(description))
    return 'licence';
  if (byCode) return byCode;
  if (/v3_exception_.*access/i.test(code)) return 'access';
  for (const [re, cat] of BY_TEXT) if (re.test(description) || re.test(code)) return cat;
  // "Element not found" is a missing object; "The 'USER_TYPE_ID' field is not found." is bad input.
  if (/\bnot found\b/i.test(description) && !/\bfield\b/i.test(description)) return 'not_found';
  return status >= 500 ? 'server' : 'validation';
}

/** A short, single-line excerpt of a non-JSON body (an HTML error page, truncated JSON). */
export function bodySnippet(text: string | undefined): string {
  if (text === undefined || text.trim() === '') return 'empty body';
  const flat = text
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const s = flat === '' ? text.trim() : flat;
  return s.length > 120 ? `${s.slice(0, 117)}…` : s;
}

/**
 * Turns one raw answer into an error, or undefined when it is a success. `error` present in any form
 * (even '' or 0) is a failure; a 2xx without `result` or without a JSON body is malformed.
 */
export function classifyResponse(
  method: string,
  status: number,
  body: unknown,
  text?: string,
  host?: string,
): B24Error | undefined {
  if (body === undefined || body === null || typeof body !== 'object' || Array.isArray(body)) {
    const description = body === undefined ? `not JSON: ${bodySnippet(text)}` : 'the answer is not an object';
    return new B24Error({
      category: status >= 500 ? 'server' : 'malformed_response',
      method,
      status,
      description,
      host,
    });
  }
  const o = body as Record<string, unknown>;
  if ('error' in o) {
    const { code, description } = errorFields(o);
    return new B24Error({
      category: categorize(code, description, status),
      method,
      b24Code: code,
      description,
      status,
      host,
    });
  }
  if (status >= 500) {
    return new B24Error({
      category: 'server',
      method,
      status,
      description: 'no error code in the answer',
      host,
    });
  }
  if (status >= 300 || !('result' in o)) {
    return new B24Error({
      category: 'malformed_response',
      method,
      status,
      description: status >= 300 ? 'an error status without an error code' : 'no "result" in the answer',
      host,
    });
  }
  return undefined;
}

/** A failed batch sub-command as an error (its `error` may be '' — still a failure: rest-map §14). */
export function batchItemError(
  method: string,
  error: { code: string; description: string },
  host?: string,
): B24Error {
  return new B24Error({
    category: categorize(error.code, error.description, 400),
    method,
    b24Code: error.code,
    description: error.description,
    status: 200,
    host,
  });
}
