import { text } from '../core/i18n.js';
import type { PortalOpenLine } from '../resources/open-lines/read.js';
import type { OpenLine } from '../spec/spec.generated.js';
import { defineStandard } from './define.js';
import { matchLines } from './helpers/lines.js';
import type { Finding } from './types.js';

const specCrmOn = (l: OpenLine) => l.crm?.enabled !== false && (l.crm?.create ?? 'deal') !== 'none';
const portalCrmOn = (p: PortalOpenLine) => p.crm && p.crmCreate !== 'none';

/**
 * SD-21: messenger chats run through open lines into the deal (imopenlines.config.*,
 * docs/bitrix24/open-lines.md).
 */
export const sd21 = defineStandard(
  {
    id: 'SD-21',
    slug: 'open-lines-crm',
    title: {
      ru: 'Переписка в мессенджерах идёт через открытые линии в сделку',
      en: 'Messenger chats run through open lines into the deal',
    },
    rationale: {
      ru: 'Когда WhatsApp и другие мессенджеры подключены к открытым линиям с CRM, каждое обращение создаёт сделку, а вся переписка хранится в её карточке — документы доходят и читаются сразу.',
      en: 'When WhatsApp and other messengers run through open lines with the CRM on, every chat creates a deal and the whole conversation stays in its card: documents arrive and are read at once.',
    },
    how: {
      ru: 'Спецификация: есть открытые линии, у каждой включена CRM и создание сделки или лида. Портал: у активных линий CRM включена (со спецификацией — линии есть и настроены как описано).',
      en: 'Spec: open lines exist and each has the CRM on and creates a deal or lead. Portal: active lines have the CRM on (with a spec: the lines exist and are set as described).',
    },
    remediation: {
      ru: 'Опишите открытые линии в open_lines с crm: { create: deal }, выполните b24cfg apply и подключите к ним мессенджеры в Контакт-центре.',
      en: 'Describe the open lines in open_lines with crm: { create: deal }, run b24cfg apply and connect the messengers in the Contact Center.',
    },
    category: 'communications',
    weight: 2,
    classes: ['A'],
    thresholds: {},
    messages: {
      specCrm: {
        ru: 'У всех открытых линий включена CRM (проверено: {total}).',
        en: 'All open lines have the CRM on (checked: {total}).',
      },
      specNoCrm: {
        ru: 'Открытых линий без CRM: {bad} из {total}.',
        en: '{bad} of {total} open lines have the CRM off.',
      },
      specNoLines: { ru: 'В спецификации нет открытых линий.', en: 'The spec has no open lines.' },
      portalCrm: {
        ru: 'У всех активных открытых линий включена CRM (проверено: {total}).',
        en: 'All active open lines have the CRM on (checked: {total}).',
      },
      portalNoCrm: {
        ru: 'Активных открытых линий без CRM: {bad} из {total}.',
        en: '{bad} of {total} active open lines have the CRM off.',
      },
      portalNoLines: {
        ru: 'На портале нет активных открытых линий.',
        en: 'The portal has no active open lines.',
      },
      portalAsSpecified: {
        ru: 'Все открытые линии есть на портале с CRM, как описано (проверено: {total}).',
        en: 'All open lines exist on the portal with the CRM as described (checked: {total}).',
      },
      portalDiffers: {
        ru: 'Открытых линий, которых нет или CRM не как описано: {bad} из {total}.',
        en: '{bad} of {total} open lines are missing or their CRM differs from the spec.',
      },
    },
  },
  (k) => {
    const out: Finding[] = [];
    const lines = (k.spec?.open_lines ?? []).map((line, i) => ({ line, pointer: `/open_lines/${i}` }));
    if (k.spec) {
      const f = k.items({
        part: 'spec',
        items: lines,
        ok: (l) => specCrmOn(l.line),
        pass: 'specCrm',
        partial: 'specNoCrm',
        empty: 'specNoLines',
        what: text('линий', 'lines'),
        read: ['spec: /open_lines/*/crm'],
        pointer: (l) => `${l.pointer}/crm`,
      });
      if (f) out.push(f);
    }
    if (!k.state) return out;
    const err = k.unreadable('openLines');
    if (err) return [...out, err];
    const read = ['imopenlines.config.list.get'];
    const f =
      lines.length > 0
        ? k.items({
            part: 'config',
            items: matchLines(k.ctx),
            ok: (m) =>
              m.portal !== undefined &&
              m.portal.crm === (m.line.crm?.enabled !== false) &&
              (m.line.crm?.create === undefined || m.portal.crmCreate === m.line.crm.create),
            pass: 'portalAsSpecified',
            partial: 'portalDiffers',
            what: text('линий', 'lines'),
            read,
            sample: (m) => ({ id: m.line.name, label: m.line.name }),
            sampleTitle: text('Линии, которые расходятся', 'Lines that differ'),
            pointer: (m) => m.pointer,
          })
        : k.items({
            part: 'config',
            items: k.state.openLines.filter((l) => l.active),
            ok: portalCrmOn,
            pass: 'portalCrm',
            partial: 'portalNoCrm',
            empty: 'portalNoLines',
            what: text('линий', 'lines'),
            read,
            sample: (l) => ({ id: l.id, label: l.name }),
            sampleTitle: text('Линии без CRM', 'Lines without the CRM'),
          });
    return f ? [...out, f] : out;
  },
);
