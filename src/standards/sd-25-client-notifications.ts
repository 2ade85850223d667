import { text } from '../core/i18n.js';
import type { Robot } from '../spec/spec.generated.js';
import { defineStandard, type Kit } from './define.js';
import { archiveRuleFinding, archiveRobots, archiveSpecFinding, decides } from './helpers/archive.js';
import { specDirections, specRobots } from './helpers/spec.js';
import type { Finding } from './types.js';

/** A robot that tells the client something: e-mail or SMS to the client. */
const notifiesClient = (r: Robot) =>
  (r.type === 'send_email' || r.type === 'send_sms') && (r.to === undefined || r.to === 'client');

/**
 * The CRM settings archive: the spec's client notification robots set up as described; without a
 * spec, every pipeline has an e-mail or SMS robot.
 */
function archivePart<M extends string>(k: Kit<M>): Finding | undefined {
  const a = k.ctx.crmSettings;
  if (!a) return undefined;
  if (k.spec)
    return archiveSpecFinding(k, {
      pointers: specRobots(k.spec)
        .filter((r) => notifiesClient(r.robot))
        .map((r) => r.pointer),
      what: text('роботов уведомления клиента', 'client notification robots'),
      read: 'BIZPROC_MAIN (e-mail and SMS robots)',
    });
  const writes = archiveRobots(a).filter((x) => x.robot.kind === 'send_email' || x.robot.kind === 'send_sms');
  return archiveRuleFinding(k, {
    items: a.facts.pipelines,
    ok: (p) => writes.some((x) => x.at.pipeline === p),
    rule: text('направления, где роботы пишут клиенту', 'pipelines whose robots write to the client'),
    read: 'BIZPROC_MAIN',
    sample: (p) => ({ id: p.archiveId, label: p.name }),
  });
}

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
      ru: 'Спецификация: в каждом направлении есть робот, который пишет клиенту (send_email или send_sms). Роботы через REST не читаются: их показывает архив настроек CRM (--crm-settings), а без него на портале нужна отметка b24cfg attest SD-25.',
      en: 'Spec: every direction has a robot that writes to the client (send_email or send_sms). Robots cannot be read over REST: the CRM settings archive (--crm-settings) shows them, and without it a person attests on the portal (b24cfg attest SD-25).',
    },
    archive: {
      ru: 'Со спецификацией: её роботы писем и SMS клиенту есть в архиве на своих стадиях (тема письма, текст, задержка). Без спецификации: в каждом направлении есть робот письма или SMS.',
      en: 'With a spec: its e-mail and SMS robots to the client are in the archive on their stages (subject, text, delay). Without a spec: every pipeline has an e-mail or SMS robot.',
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
        ru: 'Во всех направлениях клиент получает уведомления (проверено: {total}).',
        en: 'All directions notify the client (checked: {total}).',
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
    const archived = archivePart(k);
    if (archived) out.push(archived);
    out.push(k.manual({ scored: !decides(archived) }));
    return out;
  },
);
