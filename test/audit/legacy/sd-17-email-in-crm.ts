import type { AuditData } from '../../../src/standards/audit-data.js';
import { text } from '../../../src/core/i18n.js';
import { count, daysThreshold, defineStandard, samples, th } from '../../../src/standards/define.js';
import { portalLink } from '../../../src/standards/helpers/portal.js';
import type { Finding } from '../../../src/standards/types.js';

/**
 * SD-17: all e-mail goes through the CRM (mailbox bindings have no portal-wide REST view,
 * docs/bitrix24/telephony-mail-calendar.md#mailboxes).
 */
export const sd17 = defineStandard(
  {
    id: 'SD-17',
    slug: 'email-in-crm',
    title: { ru: 'Вся почта идёт через CRM', en: 'All e-mail goes through the CRM' },
    rationale: {
      ru: 'Когда письма отправляются из карточки и ответы сами попадают в сделку, переписка хранится вместе с клиентом, и при смене менеджера ничего не теряется.',
      en: 'When e-mails are sent from the card and replies land in the deal by themselves, the correspondence stays with the client and nothing is lost when a manager changes.',
    },
    how: {
      ru: 'Данные: доля сделок, созданных за период, в которых есть письмо (дело TYPE_ID = 4). Подключение почтовых ящиков к CRM через REST всего портала не проверить, поэтому без данных нужна отметка b24cfg attest SD-17.',
      en: 'Data: the share of deals created in the period that have an e-mail (an activity with TYPE_ID = 4). Mailboxes connected to the CRM cannot be checked portal-wide over REST, so without data a person attests (b24cfg attest SD-17).',
    },
    remediation: {
      ru: 'Подключите рабочие почтовые ящики к CRM (Почта → Настройки → CRM) и отправляйте письма из карточки сделки.',
      en: 'Connect the work mailboxes to the CRM (Mail → Settings → CRM) and send e-mails from the deal card.',
    },
    category: 'communications',
    weight: 2,
    classes: ['M', 'D'],
    thresholds: {
      min_share: th(0.3, 'доля новых сделок с письмом', 'share of new deals with an e-mail'),
      days: daysThreshold('по дате создания сделки', 'by deal creation date'),
    },
    messages: {
      dataEmail: {
        ru: 'Сделок за {days} дн. с письмом: {share} ({good} из {total}).',
        en: 'Deals of the last {days} days with an e-mail: {share} ({good} of {total}).',
      },
      dataNoEmail: {
        ru: 'Сделок за {days} дн. с письмом {share} ({good} из {total}), нужно {target}.',
        en: 'Deals of the last {days} days with an e-mail: {share} ({good} of {total}), {target} needed.',
      },
    },
  },
  (k) => {
    const out: Finding[] = [];
    const missing = k.missingData(['recentDeals', 'emailActivities']);
    let decided = false;
    if (missing) out.push(missing);
    else if (k.data as AuditData) {
      const withEmail = new Set((k.data as AuditData).emailDeals);
      const recent = (k.data as AuditData).recentDeals;
      const without = recent.filter((id) => !withEmail.has(id));
      const f = k.measure({
        part: 'data',
        good: recent.length - without.length,
        total: recent.length,
        min: k.threshold('min_share'),
        pass: 'dataEmail',
        partial: 'dataNoEmail',
        what: text('новых сделок', 'new deals'),
        data: { days: k.days() },
        read: [
          'crm.item.list {>=createdTime}',
          'crm.activity.list {OWNER_TYPE_ID: 2, TYPE_ID: 4, >=CREATED}',
        ],
        counts: [
          count('recentDeals', 'сделок за период', 'deals in the period', recent.length),
          count('withEmail', 'с письмом', 'with an e-mail', recent.length - without.length),
        ],
        samples: samples(
          text('Сделки без писем', 'Deals without e-mail'),
          without.map((id) => ({ id, label: `#${id}`, url: portalLink(k.ctx, 'deal', id) })),
        ),
      });
      decided = f.status !== 'not-applicable';
      out.push(f);
    }
    out.push(k.manual({ scored: !decided }));
    return out;
  },
);
