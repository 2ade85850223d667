import {
  asObject,
  asRows,
  int,
  optInt,
  optIntOrNull,
  optList,
  optStr,
  optYn,
  reqList,
  str,
} from '../../portal/malformed.js';
import { pageById } from '../../portal/read.js';
import type { SectionReader } from '../reader.js';

export interface PortalDocumentTemplate {
  id: number;
  name: string;
  region: string;
  numeratorId: number | null;
  /** e.g. ["2", "2_category_0"] (docs/bitrix24/document-generator.md#template-add). */
  entityTypeIds: string[];
  active: boolean;
  /**
   * WITH_STAMPS: documents made from it carry the company's stamp and signatures (`with_stamps`).
   * Always read; absent from a snapshot written before b24cfg read it.
   */
  withStamps?: boolean;
  users: string[];
  sort: number;
}

const LIST = 'crm.documentgenerator.template.list';

/** Document templates, a paged list whose `templates` are keyed by id (docs/bitrix24/document-generator.md#template-list). */
export const documentReader: SectionReader<'documentTemplates', PortalDocumentTemplate[]> = {
  section: 'documentTemplates',
  calls: () => [{ key: 'documentTemplates', method: LIST, params: { order: { id: 'ASC' } }, paged: true }],
  parse: (answers) => {
    const pages = answers.pages('documentTemplates');
    if (pages === undefined) return [];
    // Keyed by id across pages: a template a page shift repeats is read once.
    const templates: Record<string, unknown> = Object.assign(
      {},
      ...pages.map((p) => pageById(templatesOf(p), LIST, 'templates')),
    ) as Record<string, unknown>;
    return parseTemplates({ templates });
  },
};

const templatesOf = (page: unknown) =>
  page !== null && typeof page === 'object' ? (page as Record<string, unknown>).templates : undefined;

function parseTemplates(result: unknown): PortalDocumentTemplate[] {
  const m = LIST;
  const rows = asRows(asObject(result, m, 'result').templates ?? [], m);
  return rows
    .map((r) => ({
      id: int(r.id, m, 'id'),
      // Matched by name (docs/bitrix24/document-generator.md#template-key): read as "" it would plan a second template.
      name: str(r.name, m, 'name'),
      region: optStr(r.region, m, 'region'),
      numeratorId: optIntOrNull(r.numeratorId, m, 'numeratorId'),
      entityTypeIds: reqList(r.entityTypeId, m, 'entityTypeId').map((e, i) =>
        str(e, m, `entityTypeId[${i}]`),
      ),
      active: optYn(r.active, m, 'active', true),
      // A column of the template table, so the list's default select ('*') prints it; N is its default.
      withStamps: optYn(r.withStamps, m, 'withStamps', false),
      users: optList(r.users, m, 'users').map((u, i) => str(u, m, `users[${i}]`)),
      sort: optInt(r.sort, m, 'sort', 500),
    }))
    .sort((a, b) => a.id - b.id);
}
