import { scopeOfMethod, type CommandScopes, type CommandScopeTable } from '../portal/scopes.js';
import { stateReaders } from './registry.js';

/**
 * The scopes reading a portal's configuration needs: the scope of every method the registered kinds
 * read with (their readers' calls), so a kind that reads a new REST module brings its scope along.
 */
export function configScopes(): string[] {
  const methods = stateReaders.flatMap((r) => r.calls({ languages: ['ru'] }).map((c) => c.method));
  const scopes = methods.flatMap((m) => {
    const s = scopeOfMethod(m);
    return s === undefined ? [] : [s];
  });
  return [...new Set(scopes)].sort();
}

const CONFIG: CommandScopes = { required: configScopes(), optional: [] };

/**
 * The scopes each networked command needs (docs/bitrix24/webhook-preflight.md#scopes). `doctor`
 * itself needs none beyond what it reports on.
 */
export const COMMAND_SCOPES: CommandScopeTable = {
  export: CONFIG,
  plan: CONFIG,
  apply: CONFIG,
  restore: CONFIG,
  audit: {
    // The audit's scans read tasks (tasks.task.list) besides the configuration.
    required: [...new Set([...CONFIG.required, 'task'])].sort(),
    // Call-recording standards read voximplant.statistic.get
    // (docs/bitrix24/telephony-mail-calendar.md#call-recording).
    optional: ['telephony'],
  },
};

/** The scopes `command` cannot do without (none for a command not listed, like doctor). */
export function requiredScopesOf(command: string | undefined): readonly string[] {
  return command === undefined ? [] : (COMMAND_SCOPES[command]?.required ?? []);
}
