import { asRows, int, optInt, optIntOrNull, str } from '../../portal/malformed.js';
import { pageRows } from '../../portal/read.js';
import type { SectionReader } from '../reader.js';

export interface PortalDepartment {
  id: number;
  name: string;
  sort: number;
  parentId: number | null;
  headUserId: number | null;
}

const LIST = 'department.get';

/** The company structure: department.get, paged (docs/bitrix24/company-structure.md#department-list). */
export const departmentReader: SectionReader<'departments', PortalDepartment[]> = {
  section: 'departments',
  calls: () => [
    {
      key: 'departments',
      method: LIST,
      // No sort/order: department.get upper-cases its params and treats SORT as a filter too, so
      // `sort: 'ID'` filters SORT = 0 and returns nothing (docs/bitrix24/company-structure.md#department-list).
      // The default order is the tree order; rows are sorted by id below.
      params: {},
      paged: true,
    },
  ],
  parse: (answers) => {
    const pages = answers.pages('departments');
    return pages === undefined ? [] : parseDepartments(pages.flatMap((p) => pageRows(p, LIST)));
  },
};

function parseDepartments(result: unknown): PortalDepartment[] {
  const m = LIST;
  return asRows(result, m)
    .map((r) => ({
      id: int(r.ID, m, 'ID'),
      // Departments are matched by name under their parent: read as "" it would plan a second one.
      name: str(r.NAME, m, 'NAME'),
      sort: optInt(r.SORT, m, 'SORT', 500),
      parentId: optIntOrNull(r.PARENT, m, 'PARENT'),
      // UF_HEAD is absent from the documented example: absent = no head (docs/bitrix24/company-structure.md#department-list).
      headUserId: optIntOrNull(r.UF_HEAD, m, 'UF_HEAD'),
    }))
    .sort((a, b) => a.id - b.id);
}
