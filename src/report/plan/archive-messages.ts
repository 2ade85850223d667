import { defineMessages } from '../../core/catalogue.js';

/** How a plan checked against the CRM settings archive (`plan --crm-settings`) words its manual items. */
export const PLAN_ARCHIVE_MESSAGES = defineMessages({
  byHand: {
    ru: 'Вручную: ✓ {matches} совпадает с архивом, ✗ {todo} сделать, + {portalOnly} только на портале, ! {unchecked} не проверить по архиву.',
    en: 'By hand: ✓ {matches} match the archive, ✗ {todo} to do, + {portalOnly} only on the portal, ! {unchecked} cannot be checked from the archive.',
  },
  onlyManual: {
    ru: 'Через REST менять нечего, но ручные настройки расходятся с архивом.',
    en: 'Nothing to change over REST, but the hand-set items differ from the archive.',
  },
  mdArchive: {
    ru: '**Архив настроек CRM** `{file}`: {age}. ✓ {matches} · ✗ {todo} · + {portalOnly} · ! {unchecked}',
    en: '**CRM settings archive** `{file}`: {age}. ✓ {matches} · ✗ {todo} · + {portalOnly} · ! {unchecked}',
  },
});
