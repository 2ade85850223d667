#!/usr/bin/env node
// `node examples/fleet/rehearse.mjs [--lang en]`: a fleet round on three emulated portals, start to finish,
// in a temporary folder: serve three sandboxes (`b24cfg sandbox serve --fleet 3`), audit the fleet, apply
// examples/minimal.yaml to one portal, audit again (its change since the first run), and check the fleet for
// drift. Leaves the dashboard, the JUnit file and each portal's report in the folder it prints.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = join(root, 'bin', 'b24cfg.js');
const extra = process.argv.slice(2);
const en = extra.includes('en') || extra.includes('--lang=en');
const dir = mkdtempSync(join(tmpdir(), 'b24cfg-fleet-'));
cpSync(join(root, 'examples'), join(dir, 'examples'), { recursive: true });

const server = spawn(
  process.execPath,
  [
    bin,
    'sandbox',
    'serve',
    '--fleet',
    '3',
    '--seed',
    'large',
    '--deals',
    '400',
    '--format',
    'json',
    ...extra,
  ],
  { cwd: dir, stdio: ['ignore', 'pipe', 'inherit'] },
);
const served = await new Promise((resolve, reject) => {
  let text = '';
  server.stdout.on('data', (chunk) => {
    text += chunk;
    if (text.includes('\n')) resolve(JSON.parse(text.slice(0, text.indexOf('\n'))));
  });
  server.once('exit', (code) => reject(new Error(`b24cfg sandbox serve exited with ${code}`)));
});
const env = { ...process.env };
for (const p of served.portals) env[p.name] = p.url;
const fleet = join('examples', 'fleet', 'fleet.yaml');
const outputs = [
  '--history',
  'history',
  '--out',
  '-',
  '--out',
  'fleet.html',
  '--out',
  'fleet.xml',
  '--reports',
  'reports',
];

const steps = [
  [
    en ? 'Audit the fleet: three portals at once' : 'Аудит парка: три портала сразу',
    ['fleet', 'audit', fleet, ...outputs],
    [0, 3],
  ],
  [
    en ? 'Apply the minimal spec to north-trade' : 'Применяем минимальную спецификацию к north-trade',
    ['apply', join('examples', 'minimal.yaml'), '--portal', served.portals[0].url, '--yes'],
    [0],
  ],
  [
    en ? 'Audit again: the change since the first run' : 'Аудит ещё раз: что изменилось с первого запуска',
    ['fleet', 'audit', fleet, ...outputs],
    [0, 3],
  ],
  [
    en
      ? 'Drift check: which portals differ from their spec'
      : 'Какие порталы расходятся со своей спецификацией',
    ['fleet', 'plan', fleet, '--detailed-exitcode'],
    [0, 1, 2],
  ],
];

try {
  for (const [title, args, ok] of steps) {
    process.stdout.write(`\n\x1b[1m▶ ${title}\x1b[0m  b24cfg ${args.join(' ')}\n\n`);
    const r = spawnSync(process.execPath, [bin, ...args, ...extra], { cwd: dir, env, stdio: 'inherit' });
    if (!ok.includes(r.status)) {
      process.stderr.write(`\nb24cfg ${args[0]} exited with ${r.status}\n`);
      process.exitCode = r.status ?? 1;
      break;
    }
  }
} finally {
  // Wait for the sandboxes to stop (and say so) before this script ends: otherwise they may outlive it.
  const exited = new Promise((resolve) => server.once('exit', resolve));
  server.kill('SIGINT');
  await exited;
}
if (!process.exitCode) process.stdout.write(`\n${en ? 'Dashboard' : 'Сводка'}: ${join(dir, 'fleet.html')}\n`);
