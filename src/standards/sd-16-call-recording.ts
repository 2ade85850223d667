import { text } from '../core/i18n.js';
import { count, daysThreshold, defineStandard, th, type GatherKit } from './define.js';
import type { Gatherer } from './gather.js';
import { ms } from './helpers/data.js';
import { userName } from './helpers/portal.js';
import { SampleKeeper } from './helpers/sample-keeper.js';

/** Calls of the period: how many, connected, recorded, and the connected ones without a recording. */
interface Calls {
  calls: number;
  connected: number;
  recorded: number;
  unrecorded: SampleKeeper;
}

function gatherCalls(k: GatherKit<string>): Gatherer<Calls> {
  const since = k.sinceMs();
  const out: Calls = { calls: 0, connected: 0, recorded: 0, unrecorded: new SampleKeeper() };
  return {
    calls(c) {
      if (!(ms(c.start) >= since)) return;
      out.calls += 1;
      if (c.recorded) out.recorded += 1;
      if (!(c.duration > 0)) return;
      out.connected += 1;
      if (!c.recorded)
        out.unrecorded.add(c.id, () => ({
          id: c.id,
          label: `#${c.id} · ${userName(k.state, c.user)} · ${c.start ?? ''}`,
        }));
    },
    finish: () => out,
  };
}

/**
 * SD-16: every call is recorded in the CRM (voximplant.statistic.get CALL_RECORD_URL / RECORD_FILE_ID,
 * docs/bitrix24/telephony-mail-calendar.md#call-recording).
 */
export const sd16 = defineStandard(
  {
    id: 'SD-16',
    slug: 'call-recording',
    title: { ru: 'Все звонки записываются в CRM', en: 'All calls are recorded in the CRM' },
    rationale: {
      ru: 'Телефония — сердце CRM. Запись каждого разговора позволяет разобрать спорную ситуацию, обучить новичка на лучших звонках и проверить, почему сделка проиграна.',
      en: 'Telephony is the heart of a CRM. A recording of every conversation settles disputes, trains newcomers on the best calls and shows why a deal was lost.',
    },
    how: {
      ru: 'Только по данным: доля состоявшихся звонков за период (CALL_DURATION > 0) с записью (CALL_RECORD_URL или RECORD_FILE_ID). Настройка «записывать звонки» через REST не читается, поэтому проверяется её результат.',
      en: 'Data only: the share of connected calls in the period (CALL_DURATION > 0) that have a recording (CALL_RECORD_URL or RECORD_FILE_ID). The "record calls" setting cannot be read over REST, so its effect is checked.',
    },
    remediation: {
      ru: 'Включите запись разговоров на всех линиях (Телефония → Настройки) и проверьте звонки из списка.',
      en: 'Turn on call recording on every line (Telephony → Settings) and check the calls listed.',
    },
    category: 'communications',
    weight: 2,
    classes: ['D'],
    thresholds: {
      min_share: th(0.95, 'доля состоявшихся звонков с записью', 'share of connected calls with a recording'),
      days: daysThreshold('по дате звонка', 'by call date'),
    },
    messages: {
      dataRecorded: {
        ru: 'Звонков с записью за {days} дн.: {share} ({good} из {total} состоявшихся).',
        en: 'Calls recorded in {days} days: {share} ({good} of {total} connected).',
      },
      dataNotRecorded: {
        ru: 'Звонков с записью за {days} дн. {share} ({good} из {total} состоявшихся), нужно {target}.',
        en: 'Calls recorded in {days} days: {share} ({good} of {total} connected), {target} needed.',
      },
    },
  },
  (k) => {
    const missing = k.missingData(['calls']);
    if (missing || !k.data || !k.gathered) return missing ? [missing] : [];
    const g = k.gathered;
    return [
      k.measure({
        part: 'data',
        good: g.connected - g.unrecorded.count,
        total: g.connected,
        min: k.threshold('min_share'),
        pass: 'dataRecorded',
        partial: 'dataNotRecorded',
        what: text('звонков', 'calls'),
        data: { days: k.days() },
        read: ['voximplant.statistic.get {>=CALL_START_DATE}'],
        counts: [
          count('calls', 'звонков за период', 'calls in the period', g.calls),
          count('connected', 'состоявшихся', 'connected', g.connected),
          count('callsWithRecording', 'с записью', 'with a recording', g.recorded),
        ],
        samples: g.unrecorded.group(text('Звонки без записи', 'Calls without a recording')),
      }),
    ];
  },
  gatherCalls,
);
