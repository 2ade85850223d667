import { touch, type PlannedCall } from '../calls.js';
import { callKey } from '../context.js';
import type { NumeratorChange } from './types.js';

/** The batch key of a numerator's add call: templates created in the same apply reference its id. */
export function numeratorCallKey(name: string): string {
  return callKey('nu', name);
}

/**
 * crm.documentgenerator.numerator.add / .update (docs/bitrix24/document-generator.md#numerators). An update sends the whole generator
 * settings block: the controller merges settings at the top level, so a partial block would drop
 * the keys not sent (docs/bitrix24/document-generator.md#numerator-update).
 */
export function numeratorCalls(changes: readonly NumeratorChange[]): PlannedCall[] {
  const calls: PlannedCall[] = [];
  for (const c of changes) {
    if (c.op === 'create') {
      calls.push({
        key: numeratorCallKey(c.key),
        method: 'crm.documentgenerator.numerator.add',
        params: {
          fields: { name: c.desired.name, template: c.desired.template, settings: c.desired.settings },
        },
        changeIds: [c.id],
        refs: [],
        touches: [touch.newNumerator(c.key)],
      });
    } else if (c.op === 'update') {
      calls.push({
        key: callKey('nuu', c.key),
        method: 'crm.documentgenerator.numerator.update',
        params: { id: c.portalId, fields: c.desired.fields },
        changeIds: [c.id],
        refs: [],
        touches: [touch.numerator(c.portalId)],
      });
    }
  }
  return calls;
}

/**
 * Deletions run after the document templates, which may still use the numerator until then. They
 * declare no `touches`: a deletion waits for every call before it.
 */
export function numeratorDeleteCalls(changes: readonly NumeratorChange[]): PlannedCall[] {
  return changes.flatMap((c) =>
    c.op === 'delete'
      ? [
          {
            key: callKey('nud', c.portalId),
            method: 'crm.documentgenerator.numerator.delete',
            params: { id: c.portalId },
            changeIds: [c.id],
            refs: [],
          },
        ]
      : [],
  );
}
