import { count, defineStandard, evidence, samples } from './define.js';
import { matchLines } from './helpers/lines.js';
import type { PortalOpenLine } from '../portal/state-types.js';
import type { OpenLine } from '../spec/spec.generated.js';
import type { Finding } from './types.js';

const specCrmOn = (l: OpenLine) => l.crm?.enabled !== false && (l.crm?.create ?? 'deal') !== 'none';
const portalCrmOn = (p: PortalOpenLine) => p.crm && p.crmCreate !== 'none';

/** SD-21: messenger chats run through open lines into the deal (imopenlines.config.*, rest-map §7). */
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
        ru: 'У всех {total} открытых линий включена CRM.',
        en: 'All {total} open lines have the CRM on.',
      },
      specNoCrm: {
        ru: 'Открытых линий без CRM: {bad} из {total}.',
        en: '{bad} of {total} open lines have the CRM off.',
      },
      specNoLines: { ru: 'В спецификации нет открытых линий.', en: 'The spec has no open lines.' },
      portalCrm: {
        ru: 'У всех {total} активных открытых линий включена CRM.',
        en: 'All {total} active open lines have the CRM on.',
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
        ru: 'Все {total} открытых линий есть на портале с CRM, как описано.',
        en: 'All {total} open lines exist on the portal with the CRM as described.',
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
      const bad = lines.filter((l) => !specCrmOn(l.line));
      const ev = evidence(['spec: /open_lines/*/crm'], [count('lines', 'линий', 'lines', lines.length)]);
      out.push(
        lines.length === 0
          ? k.finding('spec', 'fail', 'specNoLines', {}, ev, { specPointers: [''] })
          : k.share(
              'spec',
              lines.length - bad.length,
              lines.length,
              1,
              { pass: 'specCrm', partial: 'specNoCrm' },
              { bad: bad.length },
              ev,
              { ru: 'линий', en: 'lines' },
              { specPointers: bad.map((l) => `${l.pointer}/crm`) },
            ),
      );
    }
    if (!k.state) return out;
    const err = k.unreadable('openLines');
    if (err) return [...out, err];
    const read = ['imopenlines.config.list.get'];
    if (k.spec && lines.length > 0) {
      const bad = matchLines(k.ctx).filter(
        (m) =>
          !m.portal ||
          m.portal.crm !== (m.line.crm?.enabled !== false) ||
          m.portal.crmCreate !== (m.line.crm?.create ?? m.portal.crmCreate),
      );
      const ev = evidence(read, [count('lines', 'линий', 'lines', lines.length)], {
        samples: samples(
          { ru: 'Линии, которые расходятся', en: 'Lines that differ' },
          bad.map((m) => ({ id: m.line.name, label: m.line.name })),
        ),
      });
      out.push(
        k.share(
          'config',
          lines.length - bad.length,
          lines.length,
          1,
          { pass: 'portalAsSpecified', partial: 'portalDiffers' },
          { bad: bad.length },
          ev,
          { ru: 'линий', en: 'lines' },
          { specPointers: bad.map((m) => m.pointer) },
        ),
      );
    } else {
      const active = k.state.openLines.filter((l) => l.active);
      const bad = active.filter((l) => !portalCrmOn(l));
      const ev = evidence(read, [count('activeLines', 'активных линий', 'active lines', active.length)], {
        samples: samples(
          { ru: 'Линии без CRM', en: 'Lines without the CRM' },
          bad.map((l) => ({ id: l.id, label: l.name })),
        ),
      });
      out.push(
        active.length === 0
          ? k.finding('config', 'fail', 'portalNoLines', {}, ev)
          : k.share(
              'config',
              active.length - bad.length,
              active.length,
              1,
              { pass: 'portalCrm', partial: 'portalNoCrm' },
              { bad: bad.length },
              ev,
              { ru: 'линий', en: 'lines' },
            ),
      );
    }
    return out;
  },
);
