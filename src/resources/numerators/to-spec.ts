import type { Numerator, Spec } from '../../spec/spec.generated.js';
import type { SpecExport } from '../spec-export.js';
import type { PortalNumerator } from './read.js';

/** `numerators:`, each bound by name in the state file; defaults are left out. */
export function numeratorsToSpec(numerators: readonly PortalNumerator[], x: SpecExport): Partial<Spec> {
  if (!x.sections.has('numerators') || x.state.unreadable.numerators) return {};
  return {
    numerators: numerators.map((n): Numerator => {
      // Keep the record that b24cfg created it over REST: only then may REST change it
      // (docs/bitrix24/document-generator.md#rest-made-numerators).
      const viaRest = Object.values(x.previous.numerators).some((b) => b.id === n.id && b.viaRest === true);
      x.binding.numerators[n.name] = { id: n.id, lastName: n.name, ...(viaRest ? { viaRest } : {}) };
      const out: Numerator = { name: n.name, template: n.template };
      if (n.start !== 1) out.start = n.start;
      if (n.step !== 1) out.step = n.step;
      if (n.length !== 0) out.length = n.length;
      if (n.padString !== '0' && n.padString !== '') out.pad = n.padString.slice(0, 1);
      if (n.periodicBy) out.period = n.periodicBy as Numerator['period'];
      return out;
    }),
  };
}
