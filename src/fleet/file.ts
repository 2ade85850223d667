/**
 * The fleet file (`fleet.yaml`, src/fleet/fleet.schema.json): the client portals one fleet run covers. It is
 * read like a spec, as YAML that remembers where every value was written, so each problem names
 * file:line:col, and it is checked against its JSON Schema with the spec's words. A webhook secret written
 * into it is refused: a fleet file lives in a repository, the secrets in profiles or CI variables.
 */
import { dirname, resolve } from 'node:path';
import { sha256 } from '../core/hash.js';
import type { TextData } from '../core/i18n.js';
import { registerSecret } from '../core/redact.js';
import type { TierChoice } from '../portal/profiles.js';
import { displayPath } from '../spec/file-refs.js';
import { toPlain } from '../spec/located.js';
import { makeProblem, sortProblems } from '../spec/problem.js';
import { schemaProblems, type CompiledValidator } from '../spec/schema-check.js';
import { readLimitedText } from '../spec/source-file.js';
import type { Locate, SourceLocation, SpecProblem } from '../spec/types.js';
import { parseYamlSource } from '../spec/yaml-parse.js';
import { validate as generatedValidate } from './fleet-validator.generated.js';
import { FLEET_FILE_META, type FleetFileMessageId } from './messages.js';
import { envRefs, literalSecretOf } from './refs.js';
import { pathExists } from '../core/files.js';

/** src/fleet/fleet.schema.json compiled ahead of time with the spec's ajv options (scripts/gen-fleet-validator.mjs). */
const validate = generatedValidate as unknown as CompiledValidator;

export interface FleetPortal {
  /** Unique in the fleet: the key in every result, the shard it lands on, its history folder. */
  name: string;
  /** As written: a profile, `${env:NAME}`, `sandbox` or `sandbox:<file>`. */
  portal: string;
  /** The spec's absolute path, when the portal has one. */
  spec?: string;
  tier?: TierChoice;
  labels: Record<string, string>;
  /** Where the portal's reference was written (`fleet.yaml:12:13`), for messages about it. */
  where: string;
}

export interface Fleet {
  /** Absolute path of the fleet file. */
  file: string;
  /** As results and messages show it: relative to the working folder when it is under it. */
  shown: string;
  /** The fleet file's folder: specs and sandbox files are relative to it. */
  dir: string;
  /** Fingerprint of the file's text (it holds no secret): shard results of one fleet share it. */
  hash: string;
  portals: FleetPortal[];
}

export interface FleetLoadResult {
  fleet?: Fleet;
  /** Every problem, in line order; the fleet is usable only when there is none. */
  problems: SpecProblem[];
  ok: boolean;
  rootFile: string;
  sources: ReadonlyMap<string, string>;
  locate: Locate;
}

interface RawPortal {
  name: string;
  portal: string;
  spec?: string;
  tier?: TierChoice;
  labels?: Record<string, string | number | boolean>;
}

interface RawFleet {
  version: 1;
  defaults?: { spec?: string; tier?: TierChoice; labels?: Record<string, string | number | boolean> };
  portals: RawPortal[];
}

function labelsOf(raw: Record<string, string | number | boolean> | undefined): Record<string, string> {
  return Object.fromEntries(Object.entries(raw ?? {}).map(([k, v]) => [k, String(v)]));
}

/** `ACME_WEBHOOK` for portal acme: the variable a hint suggests. */
function envNameFor(name: string): string {
  return `${name.toUpperCase().replace(/[^A-Z0-9]+/g, '_')}_WEBHOOK`;
}

/** The checks the schema cannot make: unique names, no secret or URL in the file, specs that exist. */
async function semanticProblems(
  raw: RawFleet,
  dir: string,
  cwd: string,
  locate: Locate,
): Promise<SpecProblem[]> {
  const out: SpecProblem[] = [];
  const report = (messageId: FleetFileMessageId, path: string, data: TextData = {}) =>
    out.push(makeProblem(FLEET_FILE_META, { messageId, path, data }, locate));
  const firstAt = new Map<string, SourceLocation | undefined>();
  for (const [i, p] of raw.portals.entries()) {
    const at = `/portals/${i}`;
    const seen = firstAt.get(p.name);
    if (firstAt.has(p.name)) report('duplicateName', `${at}/name`, { name: p.name, line: seen?.line ?? '?' });
    else firstAt.set(p.name, locate(`${at}/name`));
    const secret = literalSecretOf(p.portal);
    if (secret !== undefined) {
      // Registered first: the code frame of this very problem shows the line that holds it.
      registerSecret(secret);
      report('secretInFile', `${at}/portal`, { name: p.name, env: envNameFor(p.name) });
    } else if (/^[a-z][a-z0-9+.-]*:\/\//i.test(p.portal) && envRefs(p.portal).length === 0) {
      report('literalUrl', `${at}/portal`, { value: p.portal, name: p.name });
    }
    for (const ref of p.portal.match(/\$\{[^}]*\}/g) ?? [])
      if (!/^\$\{env:[A-Za-z_][A-Za-z0-9_]*(:-[^}]*)?\}$/.test(ref))
        report('onlyEnv', `${at}/portal`, { ref });
  }
  const specs: Array<[string, string]> = [];
  if (raw.defaults?.spec !== undefined) specs.push([raw.defaults.spec, '/defaults/spec']);
  raw.portals.forEach((p, i) => {
    if (p.spec !== undefined) specs.push([p.spec, `/portals/${i}/spec`]);
  });
  for (const [spec, path] of specs) {
    const abs = resolve(dir, spec);
    if (!(await pathExists(abs))) report('specMissing', path, { file: displayPath(abs, cwd) });
  }
  return out;
}

function where(locate: Locate, pointer: string, shown: string): string {
  const l = locate(pointer);
  return l ? `${shown}:${l.line}:${l.col}` : shown;
}

/**
 * Reads and checks a fleet file. Never throws for a bad file: problems come back as data, each located,
 * and `fleet` is set only when there is none.
 */
export async function loadFleetFile(path: string, opts: { cwd: string }): Promise<FleetLoadResult> {
  const rootFile = resolve(opts.cwd, path);
  const shown = displayPath(rootFile, opts.cwd);
  const none: Locate = () => undefined;
  const read = await readLimitedText(rootFile, shown);
  if (!read.ok) return { problems: [read.problem], ok: false, rootFile, sources: new Map(), locate: none };
  const parsed = await parseYamlSource(rootFile, read.text);
  const sources = new Map([[rootFile, read.text]]);
  if (parsed.problems.length > 0 || parsed.root?.kind !== 'map') {
    const problems = parsed.problems.length > 0 ? parsed.problems : [];
    if (problems.length === 0)
      problems.push(
        makeProblem(FLEET_FILE_META, {
          messageId: 'notAMapping',
          path: '',
          location: parsed.root?.loc ?? { file: rootFile, line: 1, col: 1 },
        }),
      );
    return { problems, ok: false, rootFile, sources, locate: none };
  }
  const { value, locate } = toPlain(parsed.root);
  const dir = dirname(rootFile);
  const schema = schemaProblems(validate, value, locate);
  if (schema.length > 0)
    return { problems: sortProblems(schema, [rootFile]), ok: false, rootFile, sources, locate };
  const raw = value as RawFleet;
  const semantic = await semanticProblems(raw, dir, opts.cwd, locate);
  if (semantic.length > 0)
    return { problems: sortProblems(semantic, [rootFile]), ok: false, rootFile, sources, locate };
  const d = raw.defaults ?? {};
  const portals = raw.portals.map((p, i): FleetPortal => {
    const spec = p.spec ?? d.spec;
    const tier = p.tier ?? d.tier;
    return {
      name: p.name,
      portal: p.portal,
      ...(spec !== undefined ? { spec: resolve(dir, spec) } : {}),
      ...(tier !== undefined ? { tier } : {}),
      labels: { ...labelsOf(d.labels), ...labelsOf(p.labels) },
      where: where(locate, `/portals/${i}/portal`, shown),
    };
  });
  return {
    fleet: { file: rootFile, shown, dir, hash: `sha256:${sha256(read.text).slice(0, 32)}`, portals },
    problems: [],
    ok: true,
    rootFile,
    sources,
    locate,
  };
}
