/**
 * Local speed (BENCHMARKS.md#what-is-measured: parse, validate and diff stay in milliseconds for a
 * 50-pipeline spec), in-process and warm: the medians of many iterations of the pure functions `validate` and
 * `plan` run.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { planChanges, type PlanInputs } from '../src/resources/plan-changes.js';
import { readPortalState } from '../src/resources/read-state.js';
import { emptyStateFile } from '../src/portal/state-file.js';
import { createTransport } from '../src/portal/transport.js';
import { createEmulator, freshPortalState } from '../src/sandbox/index.js';
import { loadSpec, validateSpec } from '../src/spec/index.js';
import { median } from './floor.js';
import { load1 } from './machine.js';
import { generateSpecYaml, stageCount, type ConfigSize } from './sizes.js';
import { openSandboxWire } from '../src/portal/sandbox-adapter.js';
import { bindingSections } from '../src/resources/registry.js';

export interface LocalSpeedRow {
  name: string;
  iterations: number;
  medianMs: number;
  minMs: number;
}

export interface LocalSpeedResult {
  spec: { pipelines: number; stages: number; fields: number; openLines: number; bytes: number };
  changes: number;
  rows: LocalSpeedRow[];
  load: number;
}

async function timeIt(name: string, iterations: number, fn: () => unknown): Promise<LocalSpeedRow> {
  const times: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  return { name, iterations, medianMs: median(times), minMs: Math.min(...times) };
}

export async function measureLocalSpeed(size: ConfigSize, iterations: number): Promise<LocalSpeedResult> {
  const dir = await mkdtemp(join(tmpdir(), 'b24cfg-bench-local-'));
  try {
    const yaml = generateSpecYaml(size);
    const file = join(dir, 'b24cfg.yaml');
    await writeFile(file, yaml);
    const loaded = await loadSpec(file, { env: {}, cwd: dir });
    if (!loaded.ok || !loaded.spec) {
      const first = loaded.problems.find((p) => p.severity === 'error');
      throw new Error(`the generated 50-pipeline spec does not validate: ${first?.message.en ?? '?'}`);
    }
    const spec = loaded.spec;
    // The portal the plan is computed against: a fresh sandbox portal, read once through the transport.
    const wire = await openSandboxWire({ emulator: createEmulator({ state: freshPortalState() }) });
    const client = createTransport(wire, { tier: 'standard' });
    const state = await readPortalState(client, { languages: ['en', 'ru'] });
    await client.close();
    const inputs: PlanInputs = {
      spec,
      specFile: 'b24cfg.yaml',
      specHash: loaded.specHash,
      state,
      binding: emptyStateFile(state.info.host, bindingSections),
      options: { prune: false, allowDataLoss: false },
    };
    const changes = planChanges(inputs, { counts: new Map() }).changes.length;
    const load = load1();
    const rows = [
      await timeIt('validate: load YAML + schema + rules (loadSpec)', iterations, () =>
        loadSpec(file, { env: {}, cwd: dir }),
      ),
      await timeIt('validate: schema + rules on the parsed spec (validateSpec)', iterations, () =>
        validateSpec(spec, loaded.locate),
      ),
      await timeIt('plan: diff against a fresh portal (planChanges)', iterations, () =>
        planChanges(inputs, { counts: new Map() }),
      ),
    ];
    return {
      spec: {
        pipelines: size.pipelines,
        stages: stageCount(size),
        fields: size.fields,
        openLines: size.openLines,
        bytes: Buffer.byteLength(yaml),
      },
      changes,
      rows,
      load,
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
