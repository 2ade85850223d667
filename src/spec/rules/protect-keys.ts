import { closest } from '../suggest.js';
import { bareFieldCode } from './spec-index.js';
import { defineRule } from './types.js';
import { didYouMean, lossReasons, obj, str } from './walk.js';

const ENTITIES = new Set(['deal', 'lead', 'contact', 'company']);

/**
 * `manage.protect` entries (documented in the schema): `default` (pipeline 0, always there), a direction
 * key, `<direction key>/<STAGE>` (a stage or loss reason code, or WON/LOSE), `<entity>.<FIELD>` for a user
 * field of deal/lead/contact/company, or the name of an open line or a document template.
 * A protected stage or field is usually one the spec does NOT list (protect keeps it from pruning), so
 * naming one that is not in the spec is only a warning, there to catch a typo.
 */
export const protectKeys = defineRule<'unknown' | 'unknownStage' | 'unknownField'>({
  meta: {
    id: 'protect-keys',
    severity: 'error',
    description: {
      ru: 'записи manage.protect имеют правильную форму и называют направления спецификации',
      en: 'manage.protect entries are well-formed and name directions of the spec',
    },
    messages: {
      unknown: {
        ru: '«{entry}» в manage.protect не называет ни направление, ни открытую линию, ни документ',
        en: '"{entry}" in manage.protect names no direction, open line or document',
      },
      unknownStage: {
        ru: 'стадии «{stage}» нет в направлении «{direction}» спецификации: на портале она будет защищена от удаления',
        en: 'stage "{stage}" is not in direction "{direction}" of the spec: on the portal it is kept safe from pruning',
      },
      unknownField: {
        ru: 'поля «{field}» нет в fields.{entity}: на портале оно будет защищено от удаления',
        en: 'field "{field}" is not in fields.{entity}: on the portal it is kept safe from pruning',
      },
    },
    hints: {
      unknown: {
        ru: 'Формы записи: default, ключ направления, направление/СТАДИЯ, deal.ПОЛЕ, имя открытой линии или документа.{suggestion_ru}',
        en: 'Forms: default, a direction key, direction/STAGE, deal.FIELD, an open line or document name.{suggestion_en}',
      },
      unknownStage: {
        ru: 'Если это опечатка, исправьте код стадии.{suggestion_ru}',
        en: 'If this is a typo, fix the stage code.{suggestion_en}',
      },
    },
  },
  check(ctx) {
    const protect = obj(ctx.spec.manage)?.protect;
    if (!Array.isArray(protect)) return;
    const { stageCodes, directionKeys, openLines, documents, fieldsByEntity } = ctx.index;
    const reasons = new Map<string, Set<string>>();
    for (const { reason, dir } of lossReasons(ctx.spec)) {
      const key = str(dir.key);
      const code = str(reason.code);
      if (key === undefined || code === undefined) continue;
      if (!reasons.has(key)) reasons.set(key, new Set());
      reasons.get(key)?.add(code);
    }
    const names = new Set(['default', ...directionKeys, ...openLines, ...(documents ?? [])]);
    protect.forEach((value, i) => {
      const entry = str(value);
      const path = `/manage/protect/${i}`;
      if (entry === undefined || names.has(entry)) return;
      const slash = entry.indexOf('/');
      if (slash > 0 && directionKeys.has(entry.slice(0, slash))) {
        const direction = entry.slice(0, slash);
        const stage = entry.slice(slash + 1);
        const codes = new Set([
          ...(stageCodes.get(direction) ?? []),
          ...(reasons.get(direction) ?? []),
          'WON',
          'LOSE',
        ]);
        if (!codes.has(stage)) {
          ctx.report({
            messageId: 'unknownStage',
            severity: 'warning',
            data: { direction, stage, ...didYouMean(closest(stage, codes)) },
            path,
          });
        }
        return;
      }
      const dot = entry.indexOf('.');
      const entity = entry.slice(0, dot);
      if (dot > 0 && ENTITIES.has(entity)) {
        const field = entry.slice(dot + 1);
        if (!fieldsByEntity.get(entity)?.has(bareFieldCode(field))) {
          ctx.report({ messageId: 'unknownField', severity: 'warning', data: { field, entity }, path });
        }
        return;
      }
      ctx.report({ messageId: 'unknown', data: { entry, ...didYouMean(closest(entry, names)) }, path });
    });
  },
});
