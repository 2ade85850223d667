/**
 * Webhook scopes (permissions) and which b24cfg commands need which
 * (docs/bitrix24/webhook-preflight.md#scopes).
 */

export interface CommandScopes {
  /** Without these the command cannot do its job. */
  required: readonly string[];
  /** Without these part of the command is skipped (reported, not fatal). */
  optional: readonly string[];
}

/** What each networked command needs, by command name (src/resources/scopes.ts builds it from the kinds). */
export type CommandScopeTable = Readonly<Record<string, CommandScopes>>;

/**
 * Scopes that cover the same methods as another: `user_basic`/`user_brief` can stand in for `user`
 * (docs/bitrix24/company-structure.md#users); `tasks` is the deprecated name of `task`
 * (https://apidocs.bitrix24.com/api-reference/scopes/permissions.html). `humanresources` is not one of
 * them: department.* is registered under `department` only (docs/bitrix24/webhook-preflight.md#scopes).
 */
const EQUIVALENT: Readonly<Record<string, readonly string[]>> = {
  user: ['user', 'user_basic', 'user_brief'],
  task: ['task', 'tasks', 'tasks_extended'],
};

export function hasScope(granted: readonly string[], needed: string): boolean {
  const alts = EQUIVALENT[needed] ?? [needed];
  return alts.some((s) => granted.includes(s));
}

/** The scopes of `required` that a webhook granted `granted` lacks. */
export function lackingScopes(granted: readonly string[], required: readonly string[]): string[] {
  return required.filter((s) => !hasScope(granted, s));
}

export interface ScopeGap {
  scope: string;
  /** Commands that cannot run without it. */
  blocks: string[];
  /** Commands that run with a part skipped. */
  degrades: string[];
}

/** Which needed scopes the webhook lacks, each with the commands it blocks or degrades. */
export function missingScopes(granted: readonly string[], table: CommandScopeTable): ScopeGap[] {
  const gaps = new Map<string, ScopeGap>();
  const gap = (scope: string): ScopeGap => {
    let g = gaps.get(scope);
    if (!g) {
      g = { scope, blocks: [], degrades: [] };
      gaps.set(scope, g);
    }
    return g;
  };
  for (const [command, need] of Object.entries(table)) {
    for (const s of need.required) if (!hasScope(granted, s)) gap(s).blocks.push(command);
    for (const s of need.optional) if (!hasScope(granted, s)) gap(s).degrades.push(command);
  }
  return [...gaps.values()].sort((a, b) => a.scope.localeCompare(b.scope));
}

/**
 * Method prefixes and the scope that covers them (module lists in the docs;
 * docs/bitrix24/webhook-preflight.md#scopes).
 */
const METHOD_SCOPE: ReadonlyArray<readonly [RegExp, string]> = [
  [/^crm\./, 'crm'],
  [/^imopenlines\./, 'imopenlines'],
  [/^imconnector\./, 'imopenlines'],
  [/^department\./, 'department'],
  [/^humanresources\./, 'humanresources'],
  [/^user\.(get|search|current|update|add|fields)$/, 'user'],
  [/^tasks?\./, 'task'],
  [/^(voximplant|telephony)\./, 'telephony'],
  [/^bizproc\./, 'bizproc'],
  [/^calendar\./, 'calendar'],
  [/^mailservice\./, 'mailservice'],
  [/^mail\./, 'mail'],
  [/^userfieldconfig\./, 'userfieldconfig'],
  [/^lists\./, 'lists'],
  [/^documentgenerator\./, 'documentgenerator'],
];

/** The scope a method belongs to, or undefined for scope-less basics (scope, profile, app.info …). */
export function scopeOfMethod(method: string): string | undefined {
  for (const [re, scope] of METHOD_SCOPE) if (re.test(method)) return scope;
  return undefined;
}
