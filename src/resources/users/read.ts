import { asRows, int, optList, optStr, optYn, str } from '../../portal/malformed.js';
import { pageRows } from '../../portal/read.js';
import type { SectionReader } from '../reader.js';

export interface PortalUser {
  id: number;
  email: string;
  name: string;
  lastName: string;
  active: boolean;
  departmentIds: number[];
  position: string;
  isAdmin?: boolean;
}

const LIST = 'user.get';

/** The portal's users, paged by id (docs/bitrix24/company-structure.md#users). */
export const userReader: SectionReader<'users', PortalUser[]> = {
  section: 'users',
  calls: () => [{ key: 'users', method: LIST, params: { sort: 'ID', order: 'ASC' }, paged: true }],
  parse: (answers) => {
    const pages = answers.pages('users');
    return pages === undefined ? [] : parseUsers(pages.flatMap((p) => pageRows(p, LIST)));
  },
};

function parseUsers(result: unknown): PortalUser[] {
  const m = LIST;
  return asRows(result, m)
    .map((r) => ({
      id: int(r.ID, m, 'ID'),
      // Users are found by e-mail: a damaged one must not make a known person look unknown.
      email: str(r.EMAIL, m, 'EMAIL').toLowerCase(),
      name: optStr(r.NAME, m, 'NAME'),
      lastName: optStr(r.LAST_NAME, m, 'LAST_NAME'),
      active: optYn(r.ACTIVE, m, 'ACTIVE', true),
      departmentIds: optList(r.UF_DEPARTMENT, m, 'UF_DEPARTMENT').map((d, i) =>
        int(d, m, `UF_DEPARTMENT[${i}]`),
      ),
      position: optStr(r.WORK_POSITION, m, 'WORK_POSITION'),
    }))
    .sort((a, b) => a.id - b.id);
}
