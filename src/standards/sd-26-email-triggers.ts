import { text } from '../core/i18n.js';
import { count, defineStandard, evidence, samples, type Kit } from './define.js';
import { archiveRuleFinding, archiveSpecFinding, archiveStages, decides } from './helpers/archive.js';
import { specTriggers } from './helpers/spec.js';
import type { Finding } from './types.js';

const EMAIL_TRIGGERS = new Set(['email_opened', 'link_clicked']);

/**
 * The CRM settings archive: the spec's e-mail triggers set up on their stages; without a spec, at
 * least one e-mail read or link click trigger.
 */
function archivePart<M extends string>(k: Kit<M>): Finding | undefined {
  const a = k.ctx.crmSettings;
  if (!a) return undefined;
  if (k.spec)
    return archiveSpecFinding(k, {
      pointers: specTriggers(k.spec)
        .filter((t) => EMAIL_TRIGGERS.has(t.trigger.type))
        .map((t) => t.pointer),
      what: text('триггеров на письма и ссылки', 'e-mail and link triggers'),
      read: 'BIZPROC_CRM_TRIGGER (EMAIL_READ, EMAIL_LINK)',
    });
  const found = archiveStages(a).flatMap((x) =>
    x.stage.triggers.filter((t) => EMAIL_TRIGGERS.has(t.type ?? '')).map((t, i) => ({ x, t, i })),
  );
  return archiveRuleFinding(k, {
    items: found,
    ok: () => true,
    rule: text(
      'триггеры на прочтение письма или переход по ссылке',
      'triggers on an e-mail read or a link click',
    ),
    read: 'BIZPROC_CRM_TRIGGER',
    sample: ({ x, t, i }) => ({
      id: `${x.pipeline.archiveId}/${x.stage.code}#${i}`,
      label: `${x.pipeline.name} / ${x.stage.name}: ${t.title || t.code}`,
    }),
    emptyFails: true,
  });
}

/**
 * SD-26: triggers on e-mail read and link click (trigger bindings are UI-only:
 * docs/bitrix24/automation.md#triggers).
 */
export const sd26 = defineStandard(
  {
    id: 'SD-26',
    slug: 'email-triggers',
    title: {
      ru: 'Триггеры на прочтение письма и переход по ссылке',
      en: 'Triggers on e-mail read and link click',
    },
    rationale: {
      ru: 'Клиент открыл письмо с предложением или перешёл по ссылке — самое время позвонить, пока он помнит прочитанное. Триггер двигает сделку и ставит менеджеру задачу связаться.',
      en: 'The client opened the proposal or clicked its link: the best moment to call, while they remember what they read. A trigger moves the deal and tells the manager to get in touch.',
    },
    how: {
      ru: 'Спецификация: есть хотя бы один триггер email_opened или link_clicked. Привязка триггеров через REST не делается и не читается: её показывает архив настроек CRM (--crm-settings), а без него на портале нужна отметка b24cfg attest SD-26.',
      en: 'Spec: at least one email_opened or link_clicked trigger. Trigger bindings cannot be set or read over REST: the CRM settings archive (--crm-settings) shows them, and without it a person attests on the portal (b24cfg attest SD-26).',
    },
    archive: {
      ru: 'Со спецификацией: её триггеры email_opened и link_clicked есть в архиве на своих стадиях. Без спецификации: в архиве есть хотя бы один такой триггер.',
      en: 'With a spec: its email_opened and link_clicked triggers are in the archive on their stages. Without a spec: the archive holds at least one such trigger.',
    },
    remediation: {
      ru: 'Добавьте triggers на этапы после отправки предложения и настройте их в CRM → Сделки → Роботы → Триггеры.',
      en: 'Add triggers to the stages after a proposal is sent and set them in CRM → Deals → Automation → Triggers.',
    },
    category: 'automation',
    weight: 1,
    classes: ['M'],
    thresholds: {},
    messages: {
      specTriggers: { ru: 'Триггеров на письма и ссылки: {n}.', en: 'E-mail and link triggers: {n}.' },
      specNoTriggers: {
        ru: 'В спецификации нет триггеров на прочтение письма или переход по ссылке.',
        en: 'The spec has no trigger on an e-mail read or a link click.',
      },
    },
  },
  (k) => {
    const out: Finding[] = [];
    if (k.spec) {
      const found = specTriggers(k.spec).filter((t) => EMAIL_TRIGGERS.has(t.trigger.type));
      const ev = evidence(
        ['spec: /directions/*/stages/*/triggers'],
        [count('triggers', 'триггеров', 'triggers', found.length)],
        {
          samples: samples(
            { ru: 'Триггеры', en: 'Triggers' },
            found.map((t) => ({ id: t.pointer, label: `${t.dirKey}: ${t.trigger.title ?? t.trigger.type}` })),
          ),
        },
      );
      out.push(
        found.length > 0
          ? k.finding('spec', 'pass', 'specTriggers', { n: found.length }, ev)
          : k.finding('spec', 'fail', 'specNoTriggers', {}, ev, { specPointers: ['/directions'] }),
      );
    }
    const archived = archivePart(k);
    if (archived) out.push(archived);
    out.push(k.manual({ scored: !decides(archived) }));
    return out;
  },
);
