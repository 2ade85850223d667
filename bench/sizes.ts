/**
 * The benchmark sizes of issue #8 and the spec generator behind them. The generated specs are plain,
 * valid b24cfg specs (test/bench/sizes.test.ts validates them); only their size varies.
 */
import { Document, isMap, isSeq, stringify, visit } from 'yaml';

export interface ConfigSize {
  name: 'small' | 'medium' | 'large';
  /** Pipelines including the default one (key `default` = pipeline 0). */
  pipelines: number;
  /** Stages per pipeline as the spec lists them: process stages + WON + LOSE + loss reasons. */
  stagesPerPipeline: number;
  /** User fields over deals, contacts, companies and leads. */
  fields: number;
  openLines: number;
}

export interface DataSize {
  name: 'data';
  deals: number;
  activities: number;
  tasks: number;
}

/** small is templates/b2b-b2c.yaml itself (bench/main.ts counts what it holds); nothing is generated. */
export const SMALL: ConfigSize = {
  name: 'small',
  pipelines: 5,
  stagesPerPipeline: 0,
  fields: 15,
  openLines: 2,
};
export const MEDIUM: ConfigSize = {
  name: 'medium',
  pipelines: 10,
  stagesPerPipeline: 10,
  fields: 60,
  openLines: 3,
};
export const LARGE: ConfigSize = {
  name: 'large',
  pipelines: 40,
  stagesPerPipeline: 15,
  fields: 300,
  openLines: 5,
};
export const DATA: DataSize = { name: 'data', deals: 100_000, activities: 200_000, tasks: 50_000 };

/**
 * The local-speed spec: "a 50-pipeline spec" (BENCHMARKS.md#what-is-measured: local work stays in
 * milliseconds).
 */
export const LOCAL_50: ConfigSize = {
  name: 'large',
  pipelines: 50,
  stagesPerPipeline: 12,
  fields: 200,
  openLines: 5,
};

/** Failure stages besides LOSE: one reason per 8 stages of a pipeline, at least one. */
export function lossReasonsPer(stagesPerPipeline: number): number {
  return Math.max(1, Math.floor(stagesPerPipeline / 8));
}

const FIELD_TYPES = [
  'string',
  'enumeration',
  'integer',
  'date',
  'boolean',
  'double',
  'money',
  'datetime',
  'url',
] as const;
const COLORS = ['#39A8EF', '#2FC6F6', '#55D0E0', '#47E4C2', '#FFA900', '#FFD600', '#F7A700'];

/** Users of the fresh sandbox portal (src/sandbox/seeds.ts), so open line queues resolve. */
const USERS = {
  head_of_sales: { email: 'head@example.com', name: 'Руководитель отдела продаж' },
  manager_1: { email: 'manager1@example.com', supervisor: 'head_of_sales' },
  manager_2: { email: 'manager2@example.com', supervisor: 'head_of_sales' },
  operator: { email: 'operator@example.com', supervisor: 'head_of_sales' },
};

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** Which entity the i-th field belongs to: half deals, then contacts, companies, leads. */
export function fieldEntity(i: number): 'deal' | 'contact' | 'company' | 'lead' {
  const r = i % 10;
  return r < 5 ? 'deal' : r < 7 ? 'contact' : r < 9 ? 'company' : 'lead';
}

export function generateSpec(size: ConfigSize): Record<string, unknown> {
  const process = size.stagesPerPipeline - 2 - lossReasonsPer(size.stagesPerPipeline);
  if (process < 1) throw new RangeError(`${size.stagesPerPipeline} stages leave no process stage`);
  const directions = [];
  for (let p = 0; p < size.pipelines; p++) {
    const key = p === 0 ? 'default' : `line-${pad(p)}`;
    const stages = [];
    for (let s = 1; s <= process; s++) {
      stages.push({
        code: s === 1 ? 'NEW' : `S${pad(s)}`,
        name: `Этап ${s}`,
        color: COLORS[(s - 1) % COLORS.length],
      });
    }
    const reasons = [];
    for (let r = 1; r <= lossReasonsPer(size.stagesPerPipeline); r++) {
      // Pipeline 0 already has the failure stage APOLOGY (docs/bitrix24/pipelines.md#default-stages default
      // stages): managing it lets WON move past it when the spec has more process stages than the portal's
      // default pipeline.
      const code = p === 0 && r === 1 ? 'APOLOGY' : `R${pad(r)}`;
      reasons.push({ code, name: `Причина отказа ${r}` });
    }
    directions.push({
      key,
      name: p === 0 ? 'Основная воронка' : `Направление ${pad(p)}`,
      stages,
      won: { name: 'Сделка успешна' },
      lost: { name: 'Сделка провалена', reasons },
    });
  }
  const fields: Record<string, Array<Record<string, unknown>>> = {};
  for (let i = 0; i < size.fields; i++) {
    const entity = fieldEntity(i);
    const type = FIELD_TYPES[i % FIELD_TYPES.length] ?? 'string';
    const code = `BENCH_${pad(i + 1, 3)}`;
    const field: Record<string, unknown> = {
      code,
      type,
      label: { ru: `Поле ${i + 1}`, en: `Field ${i + 1}` },
    };
    if (type === 'enumeration') {
      field.items = [1, 2, 3, 4, 5].map((k) => ({ xml_id: `${code}_V${k}`, value: `Вариант ${k}` }));
    }
    (fields[entity] ??= []).push(field);
  }
  const openLines = [];
  for (let l = 1; l <= size.openLines; l++) {
    openLines.push({
      name: `Линия ${l}`,
      active: true,
      crm: { enabled: true, create: 'deal' },
      queue: { type: 'evenly', users: ['manager_1', 'manager_2'] },
      kpi: { first_answer: '15m', further_answer: '30m', alert: true },
    });
  }
  const spec: Record<string, unknown> = {
    version: 1,
    client: `Benchmark ${size.name}`,
    users: USERS,
    directions,
    fields,
  };
  if (openLines.length > 0) spec.open_lines = openLines;
  spec.manage = { prune: false, protect: ['default'] };
  return spec;
}

export function generateSpecYaml(size: ConfigSize): string {
  return `# Generated by bench/sizes.ts (${size.name}: ${size.pipelines} pipelines × ${size.stagesPerPipeline} stages, ${size.fields} fields, ${size.openLines} open lines)\n${stringify(generateSpec(size), { lineWidth: 0 })}`;
}

/** Stages the spec lists, all pipelines together. */
export function stageCount(size: ConfigSize): number {
  return size.pipelines * size.stagesPerPipeline;
}

/**
 * The 700 KB spec of issue #18's `validate` target: 20 pipelines × 20 stages, 200 list fields of 50 items
 * each, the items written as flow mappings (`- { xml_id: X, value: Y }`, as people write them by hand),
 * which the fast YAML path reads too (src/spec/yaml-fast-flow.ts).
 */
export const VALIDATE_700K: ConfigSize = {
  name: 'large',
  pipelines: 20,
  stagesPerPipeline: 20,
  fields: 200,
  openLines: 0,
};

export function generateValidateSpecYaml(): string {
  const spec = generateSpec(VALIDATE_700K);
  for (const list of Object.values(spec.fields as Record<string, Array<Record<string, unknown>>>))
    for (const f of list) {
      f.type = 'enumeration';
      f.items = Array.from({ length: 50 }, (_, k) => ({
        xml_id: `${String(f.code)}_V${pad(k + 1)}`,
        value: `Вариант ${k + 1}`,
      }));
    }
  const doc = new Document(spec);
  visit(doc, {
    Pair(_, pair) {
      if (isSeq(pair.value) && String((pair.key as { value?: unknown }).value) === 'items')
        for (const item of pair.value.items) if (isMap(item)) item.flow = true;
    },
  });
  return `# Generated by bench/sizes.ts (issue #18 validate target: 20 pipelines × 20 stages, 200 fields × 50 items)\n${doc.toString({ lineWidth: 0 })}`;
}
