import { mkdirSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/run-cli.js';
import { Workspace } from '../helpers/workspace.js';

/** Every command and subcommand, from the top-level help ("  plan [параметры] <spec>  …"). */
async function commands(): Promise<string[][]> {
  const names = (help: string) =>
    [...help.matchAll(/^ {2}([a-z]+)(?: |$)/gm)].map((m) => m[1] ?? '').filter((n) => n !== 'help');
  const top = names((await cli(['--help'])).stdout.split(/^Команды:$/m)[1] ?? '');
  const all: string[][] = [];
  for (const c of top) {
    all.push([c]);
    const sub = (await cli([c, '--help'])).stdout.split(/^Команды:$/m)[1];
    if (sub !== undefined) for (const s of names(sub)) all.push([c, s]);
  }
  return all;
}

/**
 * Issue 16.11: Russian help carried commander's "choices:"/"default:", errors mixed languages
 * ("неизвестная команда: unknown command 'plna' (Did you mean plan?)", "статус partial", "file not
 * found"), B24CFG_LANG=de fell back silently, and English output mixed “…” with «…».
 */
describe('one language per run', () => {
  it('Russian help of every command has no English words of commander', async () => {
    const all = await commands();
    expect(all.length).toBeGreaterThan(15);
    expect(all).toContainEqual(['sandbox', 'serve']);
    for (const c of all) {
      const help = (await cli([...c, '--help'])).stdout;
      expect(help, c.join(' ')).not.toMatch(/choices:|default:|preset:|\[options\]|\[command\]|Usage:/);
    }
    expect((await cli(['plan', '--help'])).stdout).toContain('(варианты: "ru", "en")');
    expect((await cli(['plan', '--help', '--lang', 'en'])).stdout).toContain('(choices: "ru", "en")');
  });

  it('usage errors in the user’s language, with the help command to paste', async () => {
    const ru = await cli(['plna']);
    expect(ru.code).toBe(1);
    expect(ru.stderr).toBe(
      'b24cfg: ошибка [USAGE] неизвестная команда «plna» — может быть, plan?\n  что сделать: Справка: b24cfg plan --help\n',
    );
    const en = await cli(['audit', '--lang', 'de', '--format', 'pretty']);
    expect(en.stderr).toContain('недопустимое значение «de» у --lang; можно: ru, en');
    const missing = await cli(['plan', 'x.yaml', '--out', '--lang', 'en']);
    expect(missing.stderr).toMatch(/^b24cfg: error \[USAGE\] /);
    expect(missing.stderr).toContain('hint: See: b24cfg plan --help');
    const extra = await cli(['schema', 'one']);
    expect(extra.stderr).toContain('лишние аргументы: ожидалось 0, получено 1');
  });

  it('B24CFG_LANG with a language b24cfg lacks is said, in both languages, and Russian is used', async () => {
    const ws = new Workspace('b24cfg-lang-');
    ws.write('spec.yaml', 'version: 1\n');
    const r = await cli(['validate', 'spec.yaml'], { cwd: ws.dir, env: { B24CFG_LANG: 'de' } });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('B24CFG_LANG=de не поддерживается');
    expect(r.stderr).toContain('B24CFG_LANG=de is not supported');
    expect(r.stdout).toContain('1 файл проверен');
    const chosen = await cli(['validate', 'spec.yaml', '--lang', 'en'], {
      cwd: ws.dir,
      env: { B24CFG_LANG: 'de' },
    });
    expect(chosen.stderr).toBe('');
  });

  it('no English words in Russian errors: gate statuses, a missing snapshot', async () => {
    const ws = new Workspace('b24cfg-lang-');
    const gate = await cli(['audit', '--portal', 'sandbox', '--fail-on', 'SD-02'], { cwd: ws.dir });
    expect(gate.code).toBe(3);
    expect(gate.stderr).toContain('SD-02 (--fail-on): статус не выполнен');
    const snap = await cli(['restore', 'none.json', '--portal', ws.portal], { cwd: ws.dir });
    expect(snap.stderr).toContain('снимок портала не читается: файла нет');
  });

  it('a file the system refuses is said in words, exit 1, never a raw ENOTDIR/EISDIR or an internal error', async () => {
    const ws = new Workspace('b24cfg-lang-');
    expect((await ws.run(['init', '--out', 'spec.yaml'])).code).toBe(0);
    ws.write('afile', '');
    const notDir = await cli(['checklist', 'spec.yaml', '--out', 'afile/handover.md'], { cwd: ws.dir });
    expect(notDir.code).toBe(1);
    expect(notDir.stderr).toContain(`[FILE_ACCESS] в пути «${ws.path('afile')}» файл стоит на месте папки`);
    expect(notDir.stderr).toContain(`ls -ld ${ws.dir}`);
    mkdirSync(ws.path('reports'));
    const isDir = await ws.run(['checklist', 'spec.yaml', '--out', 'reports', '--force']);
    expect(isDir.code).toBe(1);
    expect(isDir.stderr).toContain(`"${ws.path('reports')}" is a folder, not a file`);
    expect(readdirSync(ws.dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('quotes follow the language: “…” in English, «…» in Russian', async () => {
    const ws = new Workspace('b24cfg-lang-');
    expect((await ws.run(['init', '--out', 'spec.yaml'])).code).toBe(0);
    const en = await ws.run(['plan', 'spec.yaml', '--portal', ws.portal, '--show-manual']);
    expect(en.stdout).toContain('“');
    expect(en.stdout).not.toMatch(/[«»]/);
    const ru = await cli(['plan', 'spec.yaml', '--portal', ws.portal, '--show-manual'], { cwd: ws.dir });
    expect(ru.stdout).toContain('«');
    expect(ru.stdout).not.toMatch(/[“”]/);
  });
});
