import { stringify } from 'yaml';
import { createRng, type Rng } from '../../../src/sandbox/prng.js';

/**
 * A seeded spec generator for the fault suite: N directions with stages and loss reasons, user fields
 * (enumerations with items among them) on every entity, contact/company types and lead sources. The
 * same seed gives the same spec. Everything it writes is valid (the suite validates it first), and it
 * never names what the seeded portal already holds (src: seed-portal.ts), so a run must leave those alone.
 */
export interface GeneratedSpec {
  yaml: string;
  directions: number;
  stages: number;
  fields: number;
  items: number;
  dictionaryItems: number;
}

const WORDS = [
  'Заявка',
  'Звонок',
  'Встреча',
  'Замер',
  'Смета',
  'Договор',
  'Оплата',
  'Отгрузка',
  'Монтаж',
  'Qualify',
  'Demo',
  'Proposal',
  'Ёлка «Ø» №2',
  'Café',
];
const COLORS = ['#39A8EF', '#2FC6F6', '#55D0E0', '#47E4C2', '#FFA900', '#FFD600', '#F7A700', '#7BD500'];
/** Codes of the 8 stages Bitrix24 creates with a pipeline: a spec may adopt the process ones. */
const DEFAULT_PROCESS_CODES = ['PREPARATION', 'PREPAYMENT_INVOICE', 'EXECUTING', 'FINAL_INVOICE'];
const FIELD_TYPES = [
  'string',
  'integer',
  'double',
  'boolean',
  'enumeration',
  'date',
  'url',
  'money',
] as const;

function name(rng: Rng, n: number): string {
  return `${rng.pick(WORDS)} ${n}`;
}

function stages(rng: Rng, dirIndex: number): Array<Record<string, unknown>> {
  const count = rng.int(1, 7);
  const out: Array<Record<string, unknown>> = [];
  const used = new Set<string>();
  if (rng.chance(0.5)) {
    out.push({ code: 'NEW', name: name(rng, 0), color: rng.pick(COLORS) });
    used.add('NEW');
  }
  for (let i = 1; out.length < count; i++) {
    const adopt = rng.chance(0.2) ? rng.pick(DEFAULT_PROCESS_CODES) : undefined;
    const code = adopt !== undefined && !used.has(adopt) ? adopt : `D${dirIndex}S${i}`;
    if (used.has(code)) continue;
    used.add(code);
    const stage: Record<string, unknown> = { code, name: name(rng, i) };
    if (rng.chance(0.7)) stage.color = rng.pick(COLORS);
    out.push(stage);
  }
  return out;
}

function field(rng: Rng, entity: string, i: number): { field: Record<string, unknown>; items: number } {
  const type = rng.pick(FIELD_TYPES);
  const code = `GEN_${entity.toUpperCase()}_${i}`;
  const f: Record<string, unknown> = {
    code,
    type,
    label: rng.chance(0.5) ? { ru: `Поле ${i}`, en: `Field ${i}` } : `Поле ${entity} ${i}`,
  };
  if (rng.chance(0.3)) f.sort = rng.int(1, 50) * 10;
  if (rng.chance(0.2)) f.show_in_list = false;
  let items = 0;
  if (type === 'enumeration') {
    items = rng.int(1, 8);
    f.items = Array.from({ length: items }, (_, k) => ({
      xml_id: `${code}_I${k}`,
      value: rng.chance(0.2) ? `Вариант «${k}» ✓` : `Value ${k}`,
      ...(rng.chance(0.3) ? { sort: (k + 1) * 10 } : {}),
    }));
  }
  return { field: f, items };
}

function dictionary(rng: Rng, prefix: string): Array<Record<string, unknown>> {
  return Array.from({ length: rng.int(1, 4) }, (_, k) => ({
    code: `${prefix}_${k}`,
    name: name(rng, k),
    ...(rng.chance(0.4) ? { sort: (k + 1) * 100 } : {}),
  }));
}

export function generateSpec(seed: number): GeneratedSpec {
  const rng = createRng(seed);
  const count = rng.int(1, 5);
  const directions: Array<Record<string, unknown>> = [];
  let stageCount = 0;
  for (let d = 0; d < count; d++) {
    const isDefault = d === 0 && rng.chance(0.5);
    const st = stages(rng, d);
    const dir: Record<string, unknown> = {
      key: isDefault ? 'default' : `gen-${d}`,
      name: isDefault ? `Основные продажи ${seed}` : `Направление ${d} · ${seed}`,
      stages: st,
    };
    stageCount += st.length;
    if (rng.chance(0.6)) dir.won = { name: name(rng, 90) };
    // Pipeline 0 already holds the failure stage APOLOGY; left outside the spec it would have to sort
    // before the new process stages, which the planner rightly refuses (process < success < failure).
    if (isDefault || rng.chance(0.7)) {
      const reasons = Array.from({ length: rng.int(0, 3) }, (_, k) => ({
        code: `D${d}L${k}`,
        name: `Отказ ${k}`,
      }));
      if (isDefault) reasons.push({ code: 'APOLOGY', name: 'Анализ причины провала' });
      stageCount += reasons.length;
      dir.lost = { name: `Проиграна ${d}`, ...(reasons.length > 0 ? { reasons } : {}) };
    }
    directions.push(dir);
  }
  const fields: Record<string, Array<Record<string, unknown>>> = {};
  let fieldCount = 0;
  let itemCount = 0;
  for (const entity of ['deal', 'lead', 'contact', 'company']) {
    const n = entity === 'deal' ? rng.int(0, 6) : rng.int(0, 2);
    if (n === 0 && rng.chance(0.5)) continue;
    fields[entity] = [];
    for (let i = 0; i < n; i++) {
      const f = field(rng, entity, i);
      fields[entity].push(f.field);
      fieldCount += 1;
      itemCount += f.items;
    }
  }
  const spec: Record<string, unknown> = { version: 1, directions, fields };
  let dictionaryItems = 0;
  if (rng.chance(0.6)) {
    const contact = dictionary(rng, 'GCT');
    const company = dictionary(rng, 'GCO');
    spec.segments = { contact_types: contact, company_types: company };
    dictionaryItems += contact.length + company.length;
  }
  if (rng.chance(0.6)) {
    const sources = dictionary(rng, 'GSRC');
    spec.lead_sources = sources;
    dictionaryItems += sources.length;
  }
  spec.manage = { prune: false };
  return {
    yaml: `# generated by test/reliability/helpers/spec-gen.ts, seed ${seed}\n${stringify(spec)}`,
    directions: count,
    stages: stageCount,
    fields: fieldCount,
    items: itemCount,
    dictionaryItems,
  };
}
