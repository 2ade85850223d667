import type { AuditData } from '../../../src/standards/audit-data.js';
import { text } from '../../../src/core/i18n.js';
import { count, daysThreshold, defineStandard, samples, th } from '../../../src/standards/define.js';
import { ms } from './data-helpers.js';
import { userName } from '../../../src/standards/helpers/portal.js';

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
    if (missing || !(k.data as AuditData)) return missing ? [missing] : [];
    const since = k.sinceMs();
    const calls = (k.data as AuditData).calls.filter((c) => ms(c.start) >= since);
    const connected = calls.filter((c) => c.duration > 0);
    const unrecorded = connected.filter((c) => !c.recorded);
    return [
      k.measure({
        part: 'data',
        good: connected.length - unrecorded.length,
        total: connected.length,
        min: k.threshold('min_share'),
        pass: 'dataRecorded',
        partial: 'dataNotRecorded',
        what: text('звонков', 'calls'),
        data: { days: k.days() },
        read: ['voximplant.statistic.get {>=CALL_START_DATE}'],
        counts: [
          count('calls', 'звонков за период', 'calls in the period', calls.length),
          count('connected', 'состоявшихся', 'connected', connected.length),
          count(
            'callsWithRecording',
            'с записью',
            'with a recording',
            calls.filter((c) => c.recorded).length,
          ),
        ],
        samples: samples(
          text('Звонки без записи', 'Calls without a recording'),
          unrecorded.map((c) => ({
            id: c.id,
            label: `#${c.id} · ${userName(k.state, c.user)} · ${c.start ?? ''}`,
          })),
        ),
      }),
    ];
  },
);
