import { text } from '../core/i18n.js';
import type { PermissionRole } from '../spec/spec.generated.js';
import { defineStandard, type Kit } from './define.js';
import { archiveRuleFinding, archiveSpecFinding, decides } from './helpers/archive.js';
import type { Finding } from './types.js';

const MUST_DENY = ['lead.delete', 'deal.delete', 'contact.delete', 'company.delete'];

/**
 * The CRM settings archive: the spec's roles set up with the permissions it denies and allows; without
 * a spec, every role the archive holds denies deleting (no custom role at all fails: nothing is denied).
 */
function archivePart<M extends string>(k: Kit<M>): Finding | undefined {
  const a = k.ctx.crmSettings;
  if (!a) return undefined;
  if (k.spec)
    return archiveSpecFinding(k, {
      pointers: (k.spec.permissions?.roles ?? []).map((_, i) => `/permissions/roles/${i}`),
      what: text('ролей', 'roles'),
      read: 'CRM_ROLE (permissions of each role)',
    });
  return archiveRuleFinding(k, {
    items: a.facts.roles,
    ok: (r) => MUST_DENY.every((p) => r.deny.includes(p)),
    rule: text('роли, которым запрещено удалять', 'roles that may not delete'),
    read: 'CRM_ROLE',
    sample: (r) => ({ id: r.name, label: r.name }),
    emptyFails: true,
  });
}

/**
 * SD-13: nobody deletes leads, deals, contacts or companies, nor imports or exports (no REST:
 * docs/bitrix24/permissions.md#no-rest-for-roles).
 */
export const sd13 = defineStandard(
  {
    id: 'SD-13',
    slug: 'no-deletion',
    title: {
      ru: 'Удалять лиды, сделки, контакты и компании нельзя',
      en: 'Nobody may delete leads, deals, contacts or companies',
    },
    rationale: {
      ru: 'Удалённая сделка ломает статистику воронки и прячет ошибку менеджера. Некачественный лид закрывают с причиной, а не удаляют; запрет выгрузки и загрузки бережёт клиентскую базу.',
      en: 'A deleted deal breaks the funnel statistics and hides a manager’s mistake. A poor lead is closed with a reason, not deleted; forbidding import and export protects the client base.',
    },
    how: {
      ru: 'Спецификация: у каждой роли в permissions.roles запрещено удаление лидов, сделок, контактов и компаний. Права CRM через REST не читаются: их показывает архив настроек CRM (--crm-settings), а без него на портале нужна отметка b24cfg attest SD-13.',
      en: 'Spec: every role in permissions.roles denies deleting leads, deals, contacts and companies. CRM permissions cannot be read over REST: the CRM settings archive (--crm-settings) shows them, and without it a person attests it on the portal (b24cfg attest SD-13).',
    },
    archive: {
      ru: 'Со спецификацией: роли есть в архиве, и каждая запрещает и разрешает то, что указано (участники ролей в архив не попадают). Без спецификации: каждая роль в архиве запрещает удаление лидов, сделок, контактов и компаний; если своих ролей нет, стандарт не выполнен.',
      en: 'With a spec: its roles are in the archive, each denying and allowing what it says (role members are not in the archive). Without a spec: every role in the archive denies deleting leads, deals, contacts and companies; with no custom role at all the standard fails.',
    },
    remediation: {
      ru: 'Опишите роли в permissions и в CRM → Настройки → Права доступа поставьте «Нет доступа» на удаление, импорт и экспорт.',
      en: 'Describe the roles in permissions and in CRM → Settings → Access permissions set "No access" for delete, import and export.',
    },
    category: 'control',
    weight: 3,
    classes: ['M'],
    thresholds: {},
    messages: {
      specDenied: {
        ru: 'Все роли запрещают удаление (проверено: {total}); выгрузку не запрещают ролей: {openExport}.',
        en: 'All roles deny deleting (checked: {total}); roles that allow import or export: {openExport}.',
      },
      specAllowed: {
        ru: 'Ролей, где удаление не запрещено: {bad} из {total}.',
        en: '{bad} of {total} roles do not deny deleting.',
      },
      specNoRoles: {
        ru: 'В спецификации нет ролей (permissions.roles).',
        en: 'The spec has no roles (permissions.roles).',
      },
    },
  },
  (k) => {
    const out: Finding[] = [];
    if (k.spec) {
      const roles = (k.spec.permissions?.roles ?? []).map((r, i) => ({
        r,
        pointer: `/permissions/roles/${i}`,
      }));
      const denies = (r: PermissionRole, list: readonly string[]) =>
        list.every((d) => (r.deny ?? []).includes(d));
      const openExport = roles.filter(({ r }) => !denies(r, ['import', 'export'])).length;
      const f = k.items({
        part: 'spec',
        items: roles,
        ok: ({ r }) => denies(r, MUST_DENY),
        pass: 'specDenied',
        partial: 'specAllowed',
        empty: 'specNoRoles',
        what: text('ролей', 'roles'),
        read: ['spec: /permissions/roles/*/deny'],
        sample: ({ r }) => ({ id: r.name, label: r.name }),
        sampleTitle: text('Роли, которым можно удалять', 'Roles that may delete'),
        pointer: (x) => x.pointer,
        data: { openExport },
      });
      if (f) out.push(f);
    }
    const archived = archivePart(k);
    if (archived) out.push(archived);
    out.push(k.manual({ scored: !decides(archived) }));
    return out;
  },
);
