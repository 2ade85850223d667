import { text } from '../../../src/core/i18n.js';
import type { AuditData, DealRow } from '../../../src/standards/audit-data.js';
import {
  count,
  daysThreshold,
  defineStandard,
  evidence,
  samples,
  th,
} from '../../../src/standards/define.js';
import { closedSince, dealSample, ms } from './data-helpers.js';
import {
  activeRobots,
  archiveRuleFinding,
  archiveSpecFinding,
  archiveStages,
  decides,
  stageSample,
} from '../../../src/standards/helpers/archive.js';
import { isRepeatOrNurtureName, repeatPipelineIds } from '../../../src/standards/helpers/repeat.js';
import { isSalesDirection, specDirections } from '../../../src/standards/helpers/spec.js';
import type { Finding } from '../../../src/standards/types.js';
import type { Kit } from '../../../src/standards/define.js';

/**
 * The CRM settings archive: the tunnels of the spec's sales directions set up as described; without a
 * spec, the success stage of every pipeline not named for repeat sales or warm-up copies or moves the
 * deal into another pipeline.
 */
function archivePart<M extends string>(k: Kit<M>): Finding | undefined {
  const a = k.ctx.crmSettings;
  if (!a) return undefined;
  if (k.spec)
    return archiveSpecFinding(k, {
      pointers: specDirections(k.spec)
        .filter((d) => isSalesDirection(d.dir) && d.dir.won?.tunnel)
        .map((d) => `${d.pointer}/won/tunnel`),
      what: text('туннелей', 'tunnels'),
      read: 'BIZPROC_MAIN (copy and move robots on the success stages)',
    });
  return archiveRuleFinding(k, {
    items: archiveStages(a).filter(
      (x) => x.stage.semantics === 'success' && !isRepeatOrNurtureName(x.pipeline.name),
    ),
    ok: (x) =>
      activeRobots(x.stage).some((r) => r.kind === 'tunnel' && r.pipelineId !== x.pipeline.archiveId),
    rule: text(
      'успешные стадии продающих направлений с туннелем',
      'success stages of sales pipelines with a tunnel',
    ),
    read: 'BIZPROC_MAIN',
    sample: stageSample,
  });
}

/**
 * SD-10: a tunnel copies won deals into a repeat-sales pipeline (tunnels are robots: no REST,
 * docs/bitrix24/automation.md#no-rest-for-robots).
 */
export const sd10 = defineStandard(
  {
    id: 'SD-10',
    slug: 'repeat-tunnel',
    title: { ru: 'Туннель в повторные продажи после выигрыша', en: 'A tunnel to repeat sales after a win' },
    rationale: {
      ru: 'Клиент, который уже купил, — самый дешёвый источник следующей продажи: допродажа, апсейл, сервис. Туннель из успешной стадии сам создаёт сделку в воронке постоянных клиентов, и о клиенте не забывают.',
      en: 'A client who has bought is the cheapest source of the next sale: cross-sell, upsell, service. A tunnel from the won stage creates a deal in the repeat pipeline by itself, so the client is not forgotten.',
    },
    how: {
      ru: 'Спецификация: у каждого продающего направления есть won.tunnel в существующее направление. Портал: воронка повторных продаж есть. Данные: доля выигранных за период сделок, за которыми у того же контакта появилась сделка в воронке повторных продаж.',
      en: 'Spec: every sales direction has won.tunnel into an existing direction. Portal: a repeat-sales pipeline exists. Data: the share of deals won in the period followed by a deal of the same contact in the repeat pipeline.',
    },
    archive: {
      ru: 'Со спецификацией: туннели продающих направлений есть в архиве — робот копирования или переноса на успешной стадии, с тем же направлением и стадией. Без спецификации: успешная стадия каждого направления, кроме повторных продаж и прогрева (по названию), переносит или копирует сделку в другое направление.',
      en: 'With a spec: the tunnels of its sales directions are in the archive — a copy or move robot on the success stage, to the same pipeline and stage. Without a spec: the success stage of every pipeline but repeat-sales and warm-up ones (by name) copies or moves the deal into another pipeline.',
    },
    remediation: {
      ru: 'Опишите направление повторных продаж (purpose: repeat) и won.tunnel, выполните b24cfg apply и настройте туннель на успешной стадии (CRM → Сделки → Роботы → Туннели).',
      en: 'Describe a repeat-sales direction (purpose: repeat) and won.tunnel, run b24cfg apply and set the tunnel on the won stage (CRM → Deals → Automation → Tunnels).',
    },
    category: 'automation',
    weight: 2,
    classes: ['A', 'M', 'D'],
    thresholds: {
      min_share: th(0.5, 'доля выигранных сделок с продолжением', 'share of won deals that are followed up'),
      days: daysThreshold('по дате закрытия', 'by close date'),
    },
    messages: {
      specTunnels: {
        ru: 'У всех продающих направлений есть туннель (проверено: {total}).',
        en: 'All sales directions have a tunnel (checked: {total}).',
      },
      specNoTunnels: {
        ru: 'Продающих направлений без туннеля в существующее направление: {bad} из {total}.',
        en: '{bad} of {total} sales directions have no tunnel into an existing direction.',
      },
      specNoSales: {
        ru: 'В спецификации нет продающих направлений.',
        en: 'The spec has no sales directions.',
      },
      portalRepeat: { ru: 'Воронки повторных продаж: {names}.', en: 'Repeat-sales pipelines: {names}.' },
      portalNoRepeat: {
        ru: 'На портале нет воронки повторных продаж.',
        en: 'The portal has no repeat-sales pipeline.',
      },
      dataFollowed: {
        ru: 'Выигранных за {days} дн. сделок с продолжением: {share} ({good} из {total}).',
        en: 'Deals won in {days} days that were followed up: {share} ({good} of {total}).',
      },
      dataNotFollowed: {
        ru: 'Выигранных за {days} дн. сделок с продолжением {share} ({good} из {total}), нужно {target}.',
        en: 'Deals won in {days} days that were followed up: {share} ({good} of {total}), {target} needed.',
      },
    },
  },
  (k) => {
    const out: Finding[] = [];
    if (k.spec) {
      const dirs = specDirections(k.spec);
      const keys = new Set(dirs.map((d) => d.dir.key));
      const f = k.items({
        part: 'spec',
        items: dirs.filter((d) => isSalesDirection(d.dir)),
        ok: (d) => d.dir.won?.tunnel !== undefined && keys.has(d.dir.won.tunnel.to),
        pass: 'specTunnels',
        partial: 'specNoTunnels',
        empty: 'specNoSales',
        what: text('направлений', 'directions'),
        read: ['spec: /directions/*/won/tunnel'],
        pointer: (d) => `${d.pointer}/won`,
      });
      if (f) out.push(f);
    }
    const repeat = (k.data as AuditData)?.repeatPipelines ?? repeatPipelineIds(k.ctx);
    if (k.state) {
      const names = k.state.pipelines.filter((p) => repeat.includes(p.id)).map((p) => p.name);
      const ev = evidence(
        ['crm.category.list {entityTypeId: 2}'],
        [count('repeatPipelines', 'воронок повторных продаж', 'repeat pipelines', names.length)],
      );
      out.push(
        names.length > 0
          ? k.finding('config', 'pass', 'portalRepeat', { names: names.join(', ') }, ev)
          : k.finding('config', 'fail', 'portalNoRepeat', {}, ev),
      );
    }
    const missing = k.missingData(['wonDeals', 'repeatDeals']);
    let decided = false;
    if (missing) out.push(missing);
    else if ((k.data as AuditData) && repeat.length > 0) {
      const won = closedSince((k.data as AuditData).wonDeals, k.sinceMs(), k.ctx.now.getTime()).filter(
        (d) => !repeat.includes(d.category),
      );
      const later = new Map<number, number[]>();
      for (const r of (k.data as AuditData).repeatDeals)
        if (r.contact !== null) later.set(r.contact, [...(later.get(r.contact) ?? []), ms(r.created)]);
      const followed = (d: DealRow) =>
        d.contact !== null && (later.get(d.contact) ?? []).some((t) => t > ms(d.closed));
      const notFollowed = won.filter((d) => !followed(d));
      const f = k.measure({
        part: 'data',
        good: won.length - notFollowed.length,
        total: won.length,
        min: k.threshold('min_share'),
        pass: 'dataFollowed',
        partial: 'dataNotFollowed',
        what: text('выигранных сделок', 'won deals'),
        data: { days: k.days() },
        read: [
          'crm.item.list {stageSemanticId: S, >=closedate}',
          `crm.item.list {categoryId: [${repeat.join(', ')}]}`,
        ],
        counts: [
          count(
            'wonInPeriod',
            'выиграно за период вне воронки повторных',
            'won in the period outside the repeat pipeline',
            won.length,
          ),
          count('wonFollowedByRepeatDeal', 'с продолжением', 'followed up', won.length - notFollowed.length),
        ],
        samples: samples(
          text('Выигранные сделки без продолжения', 'Won deals not followed up'),
          notFollowed.map((d) => dealSample(k.ctx, d)),
        ),
      });
      decided = f.status !== 'not-applicable';
      out.push(f);
    }
    const archived = archivePart(k);
    if (archived) out.push(archived);
    out.push(k.manual({ scored: !decided && !decides(archived) }));
    return out;
  },
);
