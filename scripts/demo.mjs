#!/usr/bin/env node
// `npm run demo`: the main job on the embedded sandbox portal, start to finish, in a temporary folder:
// init a spec from the template → plan → apply → plan again (no changes) → the CRM settings archive
// before and after the consultant's handwork (played by `sandbox handwork`) → audit with the archive.
// The folder is removed at the end (also on failure or Ctrl-C) unless `--keep` is given.
// Proved by test/cli/demo.test.ts.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const bin = fileURLToPath(new URL('../bin/b24cfg.js', import.meta.url));
const argv = process.argv.slice(2);
const keep = argv.includes('--keep');
// Everything else goes to every b24cfg command (--lang en, --no-color …).
const extra = argv.filter((a) => a !== '--keep');
const en = extra.includes('en') || extra.includes('--lang=en');
// Bold titles only on a terminal, as b24cfg itself does (no raw ESC in a pipe or a log file).
const noColor =
  extra.includes('--no-color') || (process.env.NO_COLOR !== undefined && process.env.NO_COLOR !== '');
const bold = process.stdout.isTTY === true && !noColor ? (s) => `\x1b[1m${s}\x1b[0m` : (s) => s;

const dir = mkdtempSync(join(tmpdir(), 'b24cfg-demo-'));
const spec = join(dir, 'b24cfg.yaml');
const state = join(dir, 'portal.json');
const portal = `sandbox:${state}`;
// Archives by relative name: the demo runs in its folder, so the reports name them short.
const before = 'configuration-before.zip';
const after = 'configuration.zip';

function cleanUp() {
  if (!keep) rmSync(dir, { recursive: true, force: true });
}
// Ctrl-C reaches the running b24cfg too, which stops; the loop then ends and `finally` cleans up.
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    process.exitCode = 130;
  });
}

const steps = [
  [
    en ? 'Write a starter spec from the template' : 'Стартовая спецификация из шаблона',
    ['init', '--template', 'b2b-b2c', '--out', spec],
  ],
  [
    en ? 'Plan against a fresh sandbox portal' : 'План для нового портала-песочницы',
    ['plan', spec, '--portal', portal],
  ],
  [en ? 'Apply it' : 'Применяем', ['apply', spec, '--portal', portal, '--yes']],
  [
    en ? 'Plan again: nothing left to change' : 'План ещё раз: менять нечего',
    ['plan', spec, '--portal', portal, '--detailed-exitcode'],
  ],
  [
    en
      ? 'Download the CRM settings archive (the sandbox writes it as the portal would)'
      : 'Выгружаем архив настроек CRM (песочница пишет его так же, как портал)',
    ['sandbox', 'crm-export', '--state', state, '--out', before],
  ],
  [
    en
      ? 'Check the hand-set items against it: nothing done yet'
      : 'Сверяем ручные пункты с архивом: ещё ничего не сделано',
    ['plan', spec, '--portal', portal, '--crm-settings', before, '--hide-manual'],
  ],
  [
    en
      ? 'The consultant sets robots, triggers, required fields and roles by hand'
      : 'Консультант настраивает роботов, триггеры, обязательные поля и роли вручную',
    ['sandbox', 'handwork', spec, '--state', state],
  ],
  [
    en ? 'Download the archive again' : 'Выгружаем архив ещё раз',
    ['sandbox', 'crm-export', '--state', state, '--out', after],
  ],
  [
    en ? 'Check again: every item the archive shows is ✓' : 'Сверяем ещё раз: всё, что видно в архиве, — ✓',
    ['plan', spec, '--portal', portal, '--crm-settings', after, '--hide-manual', '--detailed-exitcode'],
  ],
  [
    en
      ? 'Audit the portal against the 33 standards, the archive as evidence'
      : 'Аудит портала по 33 стандартам, архив — доказательство',
    ['audit', spec, '--portal', portal, '--crm-settings', after],
  ],
];

try {
  for (const [title, args] of steps) {
    process.stdout.write(`\n${bold(`▶ ${title}`)}  b24cfg ${args.join(' ')}\n\n`);
    const r = spawnSync(process.execPath, [bin, ...args, ...extra], { stdio: 'inherit', cwd: dir });
    if (process.exitCode === 130) break;
    if (r.status !== 0) {
      process.stderr.write(`\nb24cfg ${args[0]} exited with ${r.status ?? r.signal}\n`);
      process.exitCode = r.status ?? 130;
      break;
    }
  }
} finally {
  cleanUp();
}
if (keep) process.stdout.write(`\n${en ? 'Demo folder' : 'Папка демо'}: ${dir}\n`);
else if (!process.exitCode)
  process.stdout.write(
    `\n${en ? 'Done. Run `npm run demo -- --keep` to keep the demo folder.' : 'Готово. Чтобы сохранить папку демо: npm run demo -- --keep'}\n`,
  );
