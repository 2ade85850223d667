import { text } from '../core/i18n.js';
import { count, defineStandard, th, type GatherKit } from './define.js';
import type { Gatherer } from './gather.js';
import { DealList, dealSample } from './helpers/data.js';
import { IdSet } from './helpers/id-set.js';
import { SampleKeeper } from './helpers/sample-keeper.js';

/**
 * Calls and meetings among open activities: TYPE_ID 1 meeting, 2 call (crm.activity.list,
 * docs/bitrix24/data-audit.md#open-activities).
 */
const CALL_OR_MEETING = new Set([1, 2]);
const PROVIDERS = new Set(['CRM_MEETING', 'VOXIMPLANT_CALL', 'CRM_CALL_TRACKER', 'CALL_LIST']);

/** Open deals, and those without a planned call or meeting. */
interface Unplanned {
  total: number;
  without: SampleKeeper;
}

function gatherUnplanned(k: GatherKit<string>): Gatherer<Unplanned> {
  const open = new DealList();
  const planned = new IdSet();
  return {
    openDeals(d) {
      open.push(d);
    },
    openActivities(a) {
      if (CALL_OR_MEETING.has(a.type) || PROVIDERS.has(a.provider)) planned.add(a.owner);
    },
    finish() {
      const without = new SampleKeeper();
      for (let i = 0; i < open.length; i++)
        if (!planned.has(open.ids[i] as number))
          without.add(open.ids[i] as number, () => dealSample(k.ctx, open.at(i)));
      return { total: open.length, without };
    },
  };
}

/** SD-18: calls and meetings are planned from the deal card, so they land in the calendar. */
export const sd18 = defineStandard(
  {
    id: 'SD-18',
    slug: 'planned-calls',
    title: {
      ru: 'Звонки и встречи планируются в карточке сделки',
      en: 'Calls and meetings are planned from the deal card',
    },
    rationale: {
      ru: 'Звонок или встреча, запланированные из карточки, сразу попадают в календарь ответственного с названием сделки: рабочий день расписан заранее, а время не уходит на вспоминание дел.',
      en: 'A call or meeting planned from the card lands in the responsible’s calendar with the deal’s name: the working day is laid out in advance and no time goes into remembering what to do.',
    },
    how: {
      ru: 'Только по данным: доля открытых сделок, у которых есть открытое дело-звонок или дело-встреча (TYPE_ID 2 или 1).',
      en: 'Data only: the share of open deals that have an open call or meeting activity (TYPE_ID 2 or 1).',
    },
    remediation: {
      ru: 'Попросите менеджеров планировать следующий звонок или встречу кнопками в карточке сделки; пройдитесь по сделкам из списка.',
      en: 'Ask managers to plan the next call or meeting with the buttons of the deal card; go through the deals listed.',
    },
    category: 'communications',
    weight: 2,
    classes: ['D'],
    thresholds: {
      min_share: th(
        0.7,
        'доля открытых сделок с запланированным звонком или встречей',
        'share of open deals with a planned call or meeting',
      ),
    },
    messages: {
      dataPlanned: {
        ru: 'Открытых сделок со звонком или встречей: {share} ({good} из {total}).',
        en: 'Open deals with a planned call or meeting: {share} ({good} of {total}).',
      },
      dataUnplanned: {
        ru: 'Открытых сделок со звонком или встречей {share} ({good} из {total}), нужно {target}.',
        en: 'Open deals with a planned call or meeting: {share} ({good} of {total}), {target} needed.',
      },
    },
  },
  (k) => {
    const missing = k.missingData(['openDeals', 'openActivities']);
    if (missing || !k.data || !k.gathered) return missing ? [missing] : [];
    const { total, without } = k.gathered;
    return [
      k.measure({
        part: 'data',
        good: total - without.count,
        total,
        min: k.threshold('min_share'),
        pass: 'dataPlanned',
        partial: 'dataUnplanned',
        what: text('открытых сделок', 'open deals'),
        read: [
          'crm.item.list {stageSemanticId: P}',
          'crm.activity.list {OWNER_TYPE_ID: 2, COMPLETED: N} (TYPE_ID)',
        ],
        counts: [
          count('openDeals', 'открытых сделок', 'open deals', total),
          count('planned', 'со звонком или встречей', 'with a call or meeting', total - without.count),
        ],
        samples: without.group(
          text('Сделки без запланированного звонка или встречи', 'Deals without a planned call or meeting'),
        ),
      }),
    ];
  },
  gatherUnplanned,
);
