import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHttpWire } from '../../../src/portal/http-wire.js';
import { createTransport } from '../../../src/portal/transport.js';
import type { Wire } from '../../../src/portal/wire.js';
import {
  createEmulator,
  createVirtualClock,
  type Emulator,
  type SandboxState,
} from '../../../src/sandbox/index.js';
import { cli, type CliRun } from '../../helpers/run-cli.js';
import { injectPortal } from './injected-portal.js';
import { dealPins, inventory, type Inventory } from './seed-portal.js';
import { generateSpec } from './spec-gen.js';
import { openSandboxWire } from '../../../src/portal/sandbox-adapter.js';

/**
 * What the reliability suites share: a project folder with a spec, portals handed to the in-process CLI
 * by name (in-process wire or real HTTP, always with the transport sleeping on a virtual clock), and
 * the checks that say whether a portal kept the promises of RELIABILITY.md#the-promises-and-their-tests after
 * a run.
 */
export type VirtualClock = ReturnType<typeof createVirtualClock>;
export type SpecKind = 'template' | 'generated';

const TEMPLATE_DIR = join(import.meta.dirname, '..', '..', '..', 'templates');

/** A project folder with the spec: the template (with its docs and mail) or a generated one. */
export function project(prefix: string, kind: SpecKind, seed: number): { dir: string; spec: string } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const spec = join(dir, 'b24cfg.yaml');
  if (kind === 'template') {
    cpSync(join(TEMPLATE_DIR, 'b2b-b2c.yaml'), spec);
    for (const sub of ['docs', 'mail']) cpSync(join(TEMPLATE_DIR, sub), join(dir, sub), { recursive: true });
  } else {
    writeFileSync(spec, generateSpec(seed).yaml);
  }
  return { dir, spec };
}

let counter = 0;

/**
 * Registers `--portal <ref>` for an emulator. 429/503 backoff and operating-time waits pass on the
 * emulator's virtual clock, so a suite with hundreds of faults stays fast.
 */
export function portalRef(
  name: string,
  em: Emulator,
  clock: VirtualClock,
  http?: { url: string; timeoutMs: number },
  /** The host the CLI sees (it names the state file): a check after an HTTP run must see the same one. */
  host?: string,
): { ref: string; drop: () => void } {
  const ref = `reliability-${name}-${++counter}`;
  const drop = injectPortal(ref, async () => {
    const inner = http
      ? createHttpWire(http.url, { timeoutMs: http.timeoutMs })
      : await openSandboxWire({ emulator: em });
    const wire: Wire = host === undefined ? inner : { ...inner, host, send: inner.send.bind(inner) };
    return createTransport(wire, {
      tier: 'standard',
      timeoutMs: http?.timeoutMs,
      sleep: (ms) => {
        clock.advance(ms);
        return Promise.resolve();
      },
      now: () => clock.now(),
    });
  });
  return { ref, drop };
}

/** Runs the CLI in `dir` on the virtual clock; each invocation starts 1.5 s later than the one before. */
export function cliIn(dir: string, clock: VirtualClock, stepMs = 1500) {
  return (args: readonly string[]): Promise<CliRun> => {
    clock.advance(stepMs);
    return cli([...args, '--lang', 'en'], { cwd: dir, now: () => new Date(clock.now()) });
  };
}

/** The spec minus what differs between two portals: the client line (host) and comments. */
export function comparable(yaml: string): string {
  return yaml
    .split('\n')
    .filter((l) => !l.startsWith('#') && !l.startsWith('client:'))
    .join('\n');
}

/** Duplicates a promise forbids: two pipelines, lines, templates … with one name; two items with one XML_ID. */
export function duplicates(s: SandboxState): string[] {
  const out: string[] = [];
  const dup = (what: string, keys: string[]) => {
    const seen = new Set<string>();
    for (const k of keys) {
      if (seen.has(k)) out.push(`duplicate ${what}: ${k}`);
      seen.add(k);
    }
  };
  dup(
    'pipeline',
    s.pipelines.map((p) => p.name),
  );
  dup(
    'status',
    s.statuses.map((x) => `${x.entityId}/${x.statusId}`),
  );
  for (const p of [0, ...s.pipelines.map((x) => x.id)]) {
    const entity = p === 0 ? 'DEAL_STAGE' : `DEAL_STAGE_${p}`;
    dup(
      `stage name in pipeline ${p}`,
      s.statuses.filter((x) => x.entityId === entity).map((x) => x.name),
    );
  }
  dup(
    'user field',
    s.userFields.map((f) => `${f.entityId}/${f.fieldName}`),
  );
  for (const f of s.userFields)
    dup(
      `item of ${f.fieldName}`,
      f.list.map((i) => i.xmlId),
    );
  dup(
    'open line',
    s.openLines.map((l) => String(l.config.LINE_NAME)),
  );
  dup(
    'document template',
    s.documentTemplates.filter((t) => !t.isDeleted).map((t) => t.name),
  );
  dup(
    'numerator',
    s.numerators.map((n) => n.name),
  );
  dup(
    'department',
    s.departments.map((d) => `${d.parent ?? ''}/${d.name}`),
  );
  return out;
}

/** Objects of `before` that `after` no longer has. */
export function missing(before: Inventory, after: Inventory): string[] {
  const out: string[] = [];
  for (const key of Object.keys(before) as Array<keyof Inventory>) {
    const now = new Set<string | number>(after[key]);
    for (const v of before[key]) if (!now.has(v)) out.push(`${key} ${String(v)} existed before and is gone`);
  }
  return out;
}

/** Deals that disappeared, moved to another pipeline or stage, or lost a field value. */
export function movedDeals(before: SandboxState, after: SandboxState): string[] {
  const out: string[] = [];
  const pinsBefore = dealPins(before);
  const pinsAfter = new Map(dealPins(after).map((d) => [d.id, d]));
  if (pinsAfter.size !== pinsBefore.length) out.push(`deals: ${pinsBefore.length} → ${pinsAfter.size}`);
  for (const d of pinsBefore) {
    const now = pinsAfter.get(d.id);
    if (!now) out.push(`deal ${d.id} is gone`);
    else if (JSON.stringify(now) !== JSON.stringify(d))
      out.push(`deal ${d.id} moved: ${JSON.stringify(d)} → ${JSON.stringify(now)}`);
  }
  return out;
}

/** The same spec applied without faults to a copy of the same starting portal, exported. */
export async function cleanApplyExport(kind: SpecKind, seed: number, start: SandboxState): Promise<string> {
  const clock = createVirtualClock();
  const em = createEmulator({ state: structuredClone(start), clock });
  const portal = portalRef('reference', em, clock);
  const { dir, spec } = project('b24cfg-reliability-ref-', kind, seed);
  const run = cliIn(dir, clock);
  try {
    const applied = await run(['apply', spec, '--portal', portal.ref, '--yes']);
    if (applied.code !== 0) throw new Error(`the clean apply failed (${applied.code}):\n${applied.stderr}`);
    const exported = await run(['export', '--portal', portal.ref]);
    if (exported.code !== 0) throw new Error(`the clean export failed:\n${exported.stderr}`);
    return exported.stdout;
  } finally {
    portal.drop();
    rmSync(dir, { recursive: true, force: true });
  }
}

export function diffLines(expected: string, actual: string): string {
  const left = comparable(expected).split('\n');
  const right = comparable(actual).split('\n');
  const out: string[] = [];
  for (let i = 0; i < Math.max(left.length, right.length) && out.length < 30; i++) {
    if (left[i] !== right[i])
      out.push(
        `  line ${i + 1}: clean ${JSON.stringify(left[i])} / after faults ${JSON.stringify(right[i])}`,
      );
  }
  return out.join('\n');
}

/**
 * Every promise checked on the portal after a run, through a fault-free view of its state: the plan is
 * empty, nothing is duplicated, nothing that existed is gone, no deal moved, and the export equals the
 * export of a clean apply of the same spec on the same starting portal.
 */
export async function portalProblems(o: {
  kind: SpecKind;
  seed: number;
  before: SandboxState;
  after: SandboxState;
  dir: string;
  spec: string;
  clock: VirtualClock;
  /** The host of the portal the run used (HTTP runs: 127.0.0.1:<port>). */
  host?: string;
}): Promise<string[]> {
  const problems: string[] = [];
  const clean = createEmulator({ state: o.after, clock: o.clock });
  const portal = portalRef('check', clean, o.clock, undefined, o.host);
  const run = cliIn(o.dir, o.clock);
  try {
    const plan = await run(['plan', o.spec, '--portal', portal.ref, '--detailed-exitcode']);
    if (plan.code !== 0)
      problems.push(`the plan after the run is not empty (exit ${plan.code}):\n${plan.stdout}`);
    problems.push(...duplicates(o.after));
    problems.push(...missing(inventory(o.before), inventory(o.after)));
    problems.push(...movedDeals(o.before, o.after));
    const exported = await run(['export', '--portal', portal.ref]);
    const reference = await cleanApplyExport(o.kind, o.seed, o.before);
    if (exported.code !== 0) problems.push(`export failed: ${exported.stderr}`);
    else if (comparable(exported.stdout) !== comparable(reference))
      problems.push(
        `the export differs from a clean apply's export:\n${diffLines(reference, exported.stdout)}`,
      );
  } finally {
    portal.drop();
  }
  return problems;
}

/** A stack trace in CLI output: a line "    at fn (file:line:col)". */
export function hasStackTrace(text: string): boolean {
  return /^\s+at .+:\d+:\d+\)?$/m.test(text);
}
