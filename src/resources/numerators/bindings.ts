import type { Binding } from '../../portal/state-file.js';
import { bind, idIn, syncNamed, unbind, type KindBindings } from '../bind.js';
import { matchNamed } from '../named-match.js';
import { desiredNumerators } from './diff.js';

declare module '../../portal/state-file.js' {
  interface BindingSections {
    /**
     * viaRest: b24cfg created it with numerator.add, so REST may change it
     * (docs/bitrix24/document-generator.md#rest-made-numerators).
     */
    numerators: Record<string, Binding & { viaRest?: boolean }>;
  }
}

/**
 * Numerators are bound by spec name, and those b24cfg created carry `viaRest`: only they may be
 * changed over REST, and no method says which they are (docs/bitrix24/document-generator.md#rest-made-numerators).
 */
export const numeratorBindings: KindBindings = {
  section: 'numerators',
  record: (next, c) => {
    if (c.method === 'crm.documentgenerator.numerator.add') {
      const id = idIn(c.result, 'numerator');
      if (c.name !== undefined && id !== undefined)
        bind(next, 'numerators', c.name, { id, lastName: c.name, viaRest: true });
    }
    if (c.method === 'crm.documentgenerator.numerator.delete')
      unbind(next, 'numerators', Number(c.params.id));
  },
  afterApply: (next, state, spec, previous) =>
    syncNamed(
      next,
      'numerators',
      state,
      'numerators',
      state.numerators,
      matchNamed(state.numerators, previous.numerators, desiredNumerators(spec)),
    ),
};
