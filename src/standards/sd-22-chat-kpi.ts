import { text } from '../core/i18n.js';
import { defineStandard, th } from './define.js';
import { durationText } from './helpers/format.js';
import { matchLines, specKpi, type LineMatch } from './helpers/lines.js';
import type { Finding } from './types.js';

/**
 * SD-22: response-time KPI in messengers: first answer ≤ 15 min, next ≤ 30 min, with alerts
 * (docs/bitrix24/open-lines.md#kpi: seconds).
 */
export const sd22 = defineStandard(
  {
    id: 'SD-22',
    slug: 'chat-kpi',
    title: { ru: 'KPI времени ответа в мессенджерах', en: 'Response-time KPI in messengers' },
    rationale: {
      ru: 'Клиент в мессенджере ждёт ответа быстрее, чем по почте. Срок на первый ответ (не больше 15 минут) и на следующие (не больше 30) с уведомлением руководителю о нарушении не дают забыть ни одно обращение.',
      en: 'A client in a messenger expects an answer faster than by e-mail. A limit for the first answer (15 minutes at most) and the next ones (30 at most), with an alert to the head when it is missed, keeps every chat answered.',
    },
    how: {
      ru: 'Спецификация и портал: у каждой линии заданы KPI первого и следующих ответов не дольше first_answer_max и further_answer_max секунд и включены уведомления. Со спецификацией портал сравнивается с её значениями.',
      en: 'Spec and portal: every line sets first and further answer KPIs no longer than first_answer_max and further_answer_max seconds, with alerts on. With a spec, the portal is compared with its values.',
    },
    remediation: {
      ru: 'Задайте kpi: { first_answer: 15m, further_answer: 30m, alert: true } в open_lines и выполните b24cfg apply.',
      en: 'Set kpi: { first_answer: 15m, further_answer: 30m, alert: true } in open_lines and run b24cfg apply.',
    },
    category: 'communications',
    weight: 2,
    classes: ['A'],
    thresholds: {
      first_answer_max: th(900, 'предел KPI первого ответа, секунд', 'first answer KPI limit, seconds'),
      further_answer_max: th(
        1800,
        'предел KPI следующих ответов, секунд',
        'further answer KPI limit, seconds',
      ),
    },
    messages: {
      specKpi: {
        ru: 'У всех линий KPI в пределах {first}/{further} и уведомления включены (проверено: {total}).',
        en: 'All lines have KPIs within {first}/{further} with alerts on (checked: {total}).',
      },
      specBadKpi: {
        ru: 'Линий без KPI в пределах {first}/{further} или без уведомлений: {bad} из {total}.',
        en: '{bad} of {total} lines lack KPIs within {first}/{further} or alerts.',
      },
      specNoLines: { ru: 'В спецификации нет открытых линий.', en: 'The spec has no open lines.' },
      portalKpi: {
        ru: 'У всех активных линий KPI в пределах {first}/{further} с уведомлениями (проверено: {total}).',
        en: 'All active lines have KPIs within {first}/{further} with alerts (checked: {total}).',
      },
      portalBadKpi: {
        ru: 'Активных линий без KPI в пределах {first}/{further} или без уведомлений: {bad} из {total}.',
        en: '{bad} of {total} active lines lack KPIs within {first}/{further} or alerts.',
      },
      portalNoLines: {
        ru: 'На портале нет активных открытых линий.',
        en: 'The portal has no active open lines.',
      },
      portalAsSpecified: {
        ru: 'KPI всех линий совпадают со спецификацией (проверено: {total}).',
        en: 'The KPIs of all lines match the spec (checked: {total}).',
      },
      portalDiffers: {
        ru: 'Линий, где KPI не как в спецификации: {bad} из {total}.',
        en: '{bad} of {total} lines have KPIs that differ from the spec.',
      },
    },
  },
  (k) => {
    const out: Finding[] = [];
    const maxFirst = k.threshold('first_answer_max');
    const maxFurther = k.threshold('further_answer_max');
    const within = (first: number | undefined, further: number | undefined, alert: boolean) =>
      first !== undefined &&
      first > 0 &&
      first <= maxFirst &&
      further !== undefined &&
      further > 0 &&
      further <= maxFurther &&
      alert;
    const data = { first: durationText(maxFirst), further: durationText(maxFurther) };
    const lines = (k.spec?.open_lines ?? []).map((line, i) => ({ line, pointer: `/open_lines/${i}` }));
    if (k.spec) {
      const f = k.items({
        part: 'spec',
        items: lines,
        ok: (l) => {
          const s = specKpi(l.line);
          return within(s.first, s.further, s.alert);
        },
        pass: 'specKpi',
        partial: 'specBadKpi',
        empty: 'specNoLines',
        what: text('линий', 'lines'),
        read: ['spec: /open_lines/*/kpi'],
        pointer: (l) => `${l.pointer}/kpi`,
        data,
      });
      if (f) out.push(f);
    }
    if (!k.state) return out;
    const err = k.unreadable('openLines');
    if (err) return [...out, err];
    const read = ['imopenlines.config.list.get (KPI_*)'];
    const asSpecified = (m: LineMatch) => {
      const s = specKpi(m.line);
      const p = m.portal;
      if (!p) return false;
      const alert =
        m.line.kpi?.alert === undefined ||
        (p.kpiFirstAnswerAlert === s.alert && p.kpiFurtherAnswerAlert === s.alert);
      return (
        (s.first === undefined || p.kpiFirstAnswerTime === s.first) &&
        (s.further === undefined || p.kpiFurtherAnswerTime === s.further) &&
        alert
      );
    };
    const f =
      lines.length > 0
        ? k.items({
            part: 'config',
            items: matchLines(k.ctx),
            ok: asSpecified,
            pass: 'portalAsSpecified',
            partial: 'portalDiffers',
            what: text('линий', 'lines'),
            read,
            sample: (m) => ({ id: m.line.name, label: m.line.name }),
            sampleTitle: text('Линии с другим KPI', 'Lines with another KPI'),
            pointer: (m) => `${m.pointer}/kpi`,
          })
        : k.items({
            part: 'config',
            items: k.state.openLines.filter((l) => l.active),
            ok: (l) =>
              within(
                l.kpiFirstAnswerTime,
                l.kpiFurtherAnswerTime,
                l.kpiFirstAnswerAlert && l.kpiFurtherAnswerAlert,
              ),
            pass: 'portalKpi',
            partial: 'portalBadKpi',
            empty: 'portalNoLines',
            what: text('линий', 'lines'),
            read,
            sample: (l) => ({
              id: l.id,
              label: `${l.name}: ${durationText(l.kpiFirstAnswerTime)}/${durationText(l.kpiFurtherAnswerTime)}`,
            }),
            sampleTitle: text('Линии без KPI в пределах', 'Lines without KPIs within the limits'),
            data,
          });
    return f ? [...out, f] : out;
  },
);
