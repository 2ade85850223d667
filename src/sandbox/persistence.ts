/**
 * Saving and loading a sandbox state file. Writes go through core/files.ts (atomic, redacted); a file
 * of another version or shape is refused with a message that names the file.
 */
import { readFile } from 'node:fs/promises';
import { CliError } from '../core/errors.js';
import { writeTextFile } from '../core/files.js';
import { SANDBOX_STATE_VERSION, type SandboxState } from './state.js';
import { isRecord } from './values.js';

const COLLECTIONS = [
  'pipelines',
  'statuses',
  'userFields',
  'openLines',
  'numerators',
  'documentTemplates',
  'departments',
  'users',
  'deals',
  'leads',
  'contacts',
  'companies',
  'activities',
  'tasks',
  'stageHistory',
  'calls',
] as const;

function invalid(path: string, reason: string): CliError {
  return new CliError({
    code: 'SANDBOX_STATE_INVALID',
    message: {
      ru: 'файл состояния песочницы повреждён: {reason}',
      en: 'the sandbox state file is damaged: {reason}',
    },
    hint: {
      ru: 'Создайте новый: b24cfg sandbox init {path}',
      en: 'Create a new one: b24cfg sandbox init {path}',
    },
    where: path,
    data: { reason, path },
  });
}

/** Compact JSON: a generated portal with 100 000 deals would be several times larger indented. */
export async function saveSandboxState(state: SandboxState, path: string): Promise<void> {
  await writeTextFile(path, `${JSON.stringify(state)}\n`);
}

export function parseSandboxState(text: string, path: string): SandboxState {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw invalid(path, e instanceof Error ? e.message : 'not JSON');
  }
  if (!isRecord(data)) throw invalid(path, 'not an object');
  if (data.version !== SANDBOX_STATE_VERSION)
    throw invalid(path, `version ${String(data.version)} is not ${SANDBOX_STATE_VERSION}`);
  if (!isRecord(data.settings) || !isRecord(data.seq)) throw invalid(path, 'settings or seq missing');
  for (const c of COLLECTIONS) {
    if (data[c] === undefined) data[c] = [];
    else if (!Array.isArray(data[c])) throw invalid(path, `${c} is not a list`);
  }
  return data as unknown as SandboxState;
}

export async function loadSandboxState(path: string): Promise<SandboxState> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    throw new CliError({
      code: 'SANDBOX_STATE_UNREADABLE',
      message: {
        ru: 'не удалось прочитать файл состояния песочницы',
        en: 'cannot read the sandbox state file',
      },
      hint: {
        ru: 'Проверьте путь или создайте файл: b24cfg sandbox init {path}',
        en: 'Check the path or create it: b24cfg sandbox init {path}',
      },
      where: path,
      data: { path },
      cause: e,
    });
  }
  return parseSandboxState(text, path);
}
