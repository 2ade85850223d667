#!/usr/bin/env node
// `npm run demo`: the main job on the embedded sandbox portal, start to finish, in a temporary folder:
// init a spec from the template → plan → apply → plan again (no changes) → audit.
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const bin = fileURLToPath(new URL('../bin/b24cfg.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'b24cfg-demo-'));
const spec = join(dir, 'b24cfg.yaml');
const portal = `sandbox:${join(dir, 'portal.json')}`;
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
    en ? 'Audit the portal against the 33 standards' : 'Аудит портала по 33 стандартам',
    ['audit', spec, '--portal', portal],
  ],
];

for (const [title, args] of steps) {
  process.stdout.write(`\n\x1b[1m▶ ${title}\x1b[0m  b24cfg ${args.join(' ')}\n\n`);
  const r = spawnSync(process.execPath, [bin, ...args, ...extra], { stdio: 'inherit' });
  if (r.status !== 0) {
    process.stderr.write(`\nb24cfg ${args[0]} exited with ${r.status}\n`);
    process.exitCode = r.status ?? 1;
    break;
  }
}
if (!process.exitCode) process.stdout.write(`\n${en ? 'Demo folder' : 'Папка демо'}: ${dir}\n`);
