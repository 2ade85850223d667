#!/usr/bin/env node
// `npm run demo`: the main job on the embedded sandbox portal, start to finish, in a temporary folder:
// init a spec from the template → plan → apply → plan again (no changes) → the CRM settings archive
// before and after the consultant's handwork (played by `sandbox handwork`) → audit with the archive.
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const bin = fileURLToPath(new URL('../bin/b24cfg.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'b24cfg-demo-'));
const spec = join(dir, 'b24cfg.yaml');
const state = join(dir, 'portal.json');
const portal = `sandbox:${state}`;
// Archives by relative name: the demo runs in its folder, so the reports name them short.
const before = 'configuration-before.zip';
const after = 'configuration.zip';
const extra = process.argv.slice(2);
const en = extra.includes('en') || extra.includes('--lang=en');

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
    ['plan', spec, '--portal', portal, '--detailed-exitcode', '--hide-manual'],
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

for (const [title, args] of steps) {
  process.stdout.write(`\n\x1b[1m▶ ${title}\x1b[0m  b24cfg ${args.join(' ')}\n\n`);
  const r = spawnSync(process.execPath, [bin, ...args, ...extra], { stdio: 'inherit', cwd: dir });
  if (r.status !== 0) {
    process.stderr.write(`\nb24cfg ${args[0]} exited with ${r.status}\n`);
    process.exitCode = r.status ?? 1;
    break;
  }
}
if (!process.exitCode) process.stdout.write(`\n${en ? 'Demo folder' : 'Папка демо'}: ${dir}\n`);
