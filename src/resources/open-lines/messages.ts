import { defineMessages } from '../../core/catalogue.js';

/** Plan texts of open lines. */
export const OPEN_LINE_MESSAGES = defineMessages({
  queueAllCoerced: {
    ru: 'портал хранит QUEUE_TYPE = evenly: Bitrix24 молча заменяет all на evenly, если тариф не включает распределение «всем сразу» (imopenlines_can_use_queue_all)',
    en: 'the portal stored QUEUE_TYPE = evenly: Bitrix24 silently replaces all with evenly when the plan lacks the “all at once” queue feature (imopenlines_can_use_queue_all)',
  },
  unreadable: {
    ru: 'открытые линии не читаются этим вебхуком ({code}) — сравнить не с чем',
    en: 'this webhook cannot read open lines ({code}), so there is nothing to compare with',
  },
  unreadableHint: {
    ru: 'Дайте вебхуку право imopenlines (b24cfg doctor покажет, чего не хватает) и повторите.',
    en: 'Give the webhook the imopenlines scope (b24cfg doctor shows what is missing) and run again.',
  },
  usersUnreadable: {
    ru: 'сотрудники портала не читаются этим вебхуком ({code}) — очередь не из кого составить',
    en: 'this webhook cannot read the portal’s users ({code}), so the queue cannot be resolved',
  },
  usersUnreadableHint: {
    ru: 'Дайте вебхуку право user (или user_basic) и повторите.',
    en: 'Give the webhook the user (or user_basic) scope and run again.',
  },
  emptyQueue: {
    ru: 'портал отклоняет изменение открытой линии с пустой очередью: не сохраняется ничего из изменения',
    en: 'a portal refuses an open line update with an empty queue: nothing of the update is kept',
  },
  emptyQueueHint: {
    ru: 'Назовите в queue.users хотя бы одного сотрудника или уберите queue.users из спецификации.',
    en: 'Name at least one person in queue.users, or remove queue.users from the spec.',
  },
  protectedRename: {
    ru: 'открытая линия защищена (manage.protect) — переименование запрещено',
    en: 'the open line is protected (manage.protect): no renames',
  },
  protectedRenameHint: {
    ru: 'Уберите название из manage.protect или оставьте прежнее название.',
    en: 'Remove the name from manage.protect or keep the old name.',
  },
  // How the plan names an open line change (src/resources/open-lines/describe.ts).
  headline: { ru: 'открытая линия «{name}»', en: 'open line “{name}”' },
  headlineRename: { ru: 'открытая линия «{from}» → «{to}»', en: 'open line “{from}” → “{to}”' },
  group: { ru: 'Открытые линии', en: 'Open lines' },
  keptOne: { ru: '{n} открыт. лин.', en: '{n} open line' },
  keptMany: { ru: '{n} открыт. лин.', en: '{n} open lines' },
});
