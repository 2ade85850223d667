import { defineErrors, defineMessages } from '../../core/catalogue.js';
import { EXIT } from '../../core/exit-codes.js';

/** Plan texts about people named in the spec (users:) who are not on the portal. */
export const USER_MESSAGES = defineMessages({
  unknownPeople: {
    ru: 'на портале {host} нет сотрудника с e-mail из users: {people}',
    en: 'portal {host} has no user with the e-mail given in users: {people}',
  },
  unknownPersonHint: {
    ru: 'Исправьте e-mail в разделе users или пригласите сотрудника на портал, затем повторите.',
    en: 'Fix the e-mail in users, or invite the person to the portal, then run again.',
  },
  // Where a role is used (RoleUse.usedBy).
  usedInQueue: { ru: 'очередь открытой линии «{line}»', en: 'the queue of open line “{line}”' },
  usedAsHead: { ru: 'руководитель отдела «{department}»', en: 'head of department “{department}”' },
  usedInTask: { ru: 'задача «{title}»', en: 'task “{title}”' },
  usedInRobot: { ru: 'робот {robot}', en: 'robot {robot}' },
  robotTitled: { ru: '«{title}»', en: '“{title}”' },
  usedInKpiAlerts: { ru: 'уведомления KPI линии «{line}»', en: 'KPI alerts of open line “{line}”' },
  usedInRole: { ru: 'роль доступа «{role}»', en: 'access role “{role}”' },
  usedInSalesPlan: { ru: 'план продаж', en: 'the sales plan' },
  usedInDepartment: { ru: 'отдел «{department}»', en: 'department “{department}”' },
  usedAsSupervisor: { ru: 'руководитель сотрудника {user}', en: 'supervisor of {user}' },
  /** One person in the apply error: role, e-mail, where the spec uses them. */
  personLine: { ru: 'роль {role}, e-mail {email} — {uses}', en: 'role {role}, e-mail {email} — {uses}' },
  unknownPersonWarning: {
    ru: 'Внимание: на портале {host} нет сотрудника {person}; он указан в пунктах для ручной настройки ({uses}).',
    en: 'Warning: portal {host} has no user {person}; they are named in items set by hand ({uses}).',
  },
});

/** Apply stops before any write when a write needs a person the portal does not have. */
export const USER_ERRORS = defineErrors({
  USER_NOT_ON_PORTAL: {
    exit: EXIT.findings,
    message: {
      ru: 'на портале {host} не найдены сотрудники, без которых запись невозможна: {people}',
      en: 'portal {host} has no user for people a write needs: {people}',
    },
    hint: {
      ru: 'Список сотрудников портала не прочитан ({why}): дайте вебхуку право user (или user_basic) и повторите.',
      en: 'The portal’s users could not be read ({why}): give the webhook the user (or user_basic) scope and run again.',
    },
  },
});
