import { asObject, asRows, int, optInt, optStr, str } from '../../portal/malformed.js';
import { pageRows } from '../../portal/read.js';
import type { SectionReader } from '../reader.js';

export interface PortalNumerator {
  id: number;
  name: string;
  template: string;
  start: number;
  step: number;
  length: number;
  padString: string;
  periodicBy: string | null;
}

const LIST = 'crm.documentgenerator.numerator.list';

/**
 * Document numerators: a paged list under `numerators` (docs/bitrix24/document-generator.md#numerators).
 * Its `total` is the number of rows on the page (docs/bitrix24/parity.md#docgen-numerator), so
 * further pages are read until a short one (src/resources/read-on.ts).
 */
export const numeratorReader: SectionReader<'numerators', PortalNumerator[]> = {
  section: 'numerators',
  calls: () => [{ key: 'numerators', method: LIST, params: {}, paged: true }],
  readOn: { key: 'numerators', rows: (page) => pageRowsOrNone(numeratorsOf(page)) },
  parse: (answers) => {
    const pages = answers.pages('numerators');
    if (pages === undefined) return [];
    return parseNumerators({ numerators: pages.flatMap((p) => pageRows(numeratorsOf(p), LIST)) });
  },
};

/** Rows on a page, for paging only: a broken page is judged when it is parsed. */
function pageRowsOrNone(v: unknown): number {
  if (Array.isArray(v)) return v.length;
  return v !== null && typeof v === 'object' ? Object.keys(v).length : 0;
}

const numeratorsOf = (page: unknown) =>
  page !== null && typeof page === 'object' ? (page as Record<string, unknown>).numerators : undefined;

function parseNumerators(result: unknown): PortalNumerator[] {
  const m = LIST;
  const rows = asRows(asObject(result, m, 'result').numerators ?? [], m);
  return rows
    .map((r) => {
      const settings = asObject(r.settings, m, 'settings');
      // The sequence generator's settings: start, step, length… (docs/bitrix24/document-generator.md#numerators).
      const g = asObject(
        settings.Bitrix_Main_Numerator_Generator_SequentNumberGenerator,
        m,
        'settings.SequentNumberGenerator',
      );
      const periodicBy = optStr(g.periodicBy, m, 'periodicBy');
      return {
        id: int(r.id, m, 'id'),
        // Matched by name (docs/bitrix24/document-generator.md#numerators): read as "" it would plan a second numerator.
        name: str(r.name, m, 'name'),
        template: str(r.template, m, 'template'),
        start: optInt(g.start, m, 'start', 1),
        step: optInt(g.step, m, 'step', 1),
        length: optInt(g.length, m, 'length', 0),
        padString: optStr(g.padString, m, 'padString', '0'),
        periodicBy: periodicBy === '' ? null : periodicBy,
      };
    })
    .sort((a, b) => a.id - b.id);
}
