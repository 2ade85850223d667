import { text } from '../core/i18n.js';
import type { Robot } from '../spec/spec.generated.js';
import { defineStandard } from './define.js';
import { specDirections, specRobots } from './helpers/spec.js';
import type { Finding } from './types.js';

/** A robot that tells the client something: e-mail or SMS to the client. */
const notifiesClient = (r: Robot) =>
  (r.type === 'send_email' || r.type === 'send_sms') && (r.to === undefined || r.to === 'client');

/**
 * SD-25: automatic client notifications on stages (robots: no REST,
 * docs/bitrix24/automation.md#no-rest-for-robots).
 */
export const sd25 = defineStandard(
  {
    id: 'SD-25',
    slug: 'client-notifications',
    title: { ru: 'Автоматические уведомления клиентов', en: 'Automatic client notifications' },
    rationale: {
      ru: 'Клиент сам узнаёт о назначенном менеджере, отправке документов, отгрузке и прибытии товара: роботы шлют письмо, SMS или сообщение в мессенджер, а менеджер не тратит на это время.',
      en: 'The client learns by themselves about their manager, sent documents, shipment and arrival: robots send an e-mail, SMS or messenger note, and the manager spends no time on it.',
    },
    how: {
      ru: 'Спецификация: в каждом направлении есть робот, который пишет клиенту (send_email или send_sms). Роботы через REST не читаются, поэтому на портале нужна отметка b24cfg attest SD-25.',
      en: 'Spec: every direction has a robot that writes to the client (send_email or send_sms). Robots cannot be read over REST, so on the portal a person attests (b24cfg attest SD-25).',
    },
    remediation: {
      ru: 'Добавьте роботов уведомления клиента в stages[].robots и настройте их на этапах (CRM → Сделки → Роботы).',
      en: 'Add client notification robots to stages[].robots and set them on the stages (CRM → Deals → Automation).',
    },
    category: 'automation',
    weight: 1,
    classes: ['M'],
    thresholds: {},
    messages: {
      specNotify: {
        ru: 'Во всех {total} направлениях клиент получает уведомления.',
        en: 'All {total} directions notify the client.',
      },
      specSilent: {
        ru: 'Направлений без уведомлений клиенту: {bad} из {total}.',
        en: '{bad} of {total} directions never notify the client.',
      },
      specNoDirections: { ru: 'В спецификации нет направлений.', en: 'The spec has no directions.' },
    },
  },
  (k) => {
    const out: Finding[] = [];
    if (k.spec) {
      const robots = specRobots(k.spec).filter((r) => notifiesClient(r.robot));
      const f = k.items({
        part: 'spec',
        items: specDirections(k.spec),
        ok: (d) => robots.some((r) => r.dirKey === d.dir.key),
        pass: 'specNotify',
        partial: 'specSilent',
        empty: 'specNoDirections',
        what: text('направлений', 'directions'),
        read: ['spec: /directions/*/stages/*/robots'],
        sample: (d) => ({ id: d.dir.key, label: d.dir.name }),
        sampleTitle: text('Направления без уведомлений', 'Directions without notifications'),
        pointer: (d) => d.pointer,
      });
      if (f) out.push(f);
    }
    out.push(k.manual());
    return out;
  },
);
