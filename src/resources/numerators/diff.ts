import type { PortalNumerator } from './read.js';
import type { PortalState } from '../state.js';
import type { StateFile } from '../../portal/state-file.js';
import type { Numerator, Spec } from '../../spec/spec.generated.js';
import type { FieldDiff } from '../change.js';
import type { PlanContext } from '../context.js';
import type { KindDiff } from '../kind.js';
import { namedBase, refuseAll, unmatchedNamed } from '../named-changes.js';
import { matchNamed, type NamedMatch } from '../named-match.js';
import { say } from '../plan-text.js';
import { NUMERATOR_MESSAGES as M } from './messages.js';
import type { DesiredNumerator, NumeratorChange, NumeratorSettings, NumeratorUpdate } from './types.js';

/**
 * Document numerators: crm.documentgenerator.numerator.* (docs/bitrix24/document-generator.md#numerators), matched by name. Bitrix24
 * lets REST change or delete only the numerators REST created: it keeps their ids in a module option
 * no method reads (docs/bitrix24/document-generator.md#rest-made-numerators).
 * So b24cfg records in the state file which numerators it created itself (`viaRest`); a change to
 * any other one is refused in the plan with the reason instead of failing with "Access denied".
 */
export function desiredNumerators(spec: Spec): DesiredNumerator[] {
  return (spec.numerators ?? []).map((n, i) => ({
    name: n.name,
    renamedFrom: [],
    pointer: `/numerators/${i}`,
    n,
  }));
}

export function matchNumerators(
  state: Pick<PortalState, 'numerators'>,
  binding: StateFile,
  spec: Spec,
): Array<NamedMatch<DesiredNumerator, PortalNumerator>> {
  return matchNamed(state.numerators, binding.numerators, desiredNumerators(spec));
}

/** Whether b24cfg created this numerator through REST (so REST may change it). */
export function createdViaRest(binding: StateFile, id: number): boolean {
  return Object.values(binding.numerators).some((b) => b.id === id && b.viaRest === true);
}

/** Generator settings in the documented shape (rest-requests/crm.documentgenerator.numerator.add.json). */
export function numeratorSettings(n: Numerator): NumeratorSettings {
  return {
    Bitrix_Main_Numerator_Generator_SequentNumberGenerator: {
      start: n.start ?? 1,
      step: n.step ?? 1,
      length: n.length ?? 0,
      padString: n.pad ?? '0',
      periodicBy: n.period === undefined || n.period === 'none' ? '' : n.period,
    },
  };
}

function settingDiffs(n: Numerator, p: PortalNumerator): FieldDiff[] {
  const out: FieldDiff[] = [];
  if (n.template !== p.template) out.push({ field: 'template', before: p.template, after: n.template });
  const cmp = (field: string, want: unknown, have: unknown) => {
    if (want !== undefined && want !== have) out.push({ field, before: have, after: want });
  };
  cmp('start', n.start, p.start);
  cmp('step', n.step, p.step);
  cmp('length', n.length, p.length);
  cmp('padString', n.pad, p.padString);
  cmp('periodicBy', n.period === undefined ? undefined : n.period === 'none' ? null : n.period, p.periodicBy);
  return out;
}

export function diffNumerators(
  desired: DesiredNumerator[] | undefined,
  portal: PortalNumerator[],
  ctx: PlanContext,
): KindDiff<NumeratorChange> {
  if (desired === undefined) return { changes: [], kept: [] };
  const unreadable = ctx.state.unreadable.numerators;
  if (unreadable !== undefined) {
    const reason = say(M, 'unreadable', { code: unreadable });
    return { changes: refuseAll('numerator', desired, reason, say(M, 'unreadableHint')), kept: [] };
  }
  const matches = matchNamed(portal, ctx.binding.numerators, desired);
  const changes = matches.flatMap((m) => numeratorChange(m.desired, m.portal, ctx) ?? []);
  const left = unmatchedNamed('numerator', portal, matches, ctx, {
    current: (p) => ({ name: p.name, template: p.template }),
    keep: (p) =>
      // Numerators REST did not create cannot be deleted over REST: leave them alone.
      !createdViaRest(ctx.binding, p.id)
        ? 'system'
        : ctx.state.documentTemplates.some((t) => t.numeratorId === p.id && !willGo(ctx, t.id))
          ? 'has-data'
          : undefined,
  });
  return { changes: [...changes, ...left.deletes], kept: left.kept };
}

function numeratorChange(
  d: DesiredNumerator,
  p: PortalNumerator | undefined,
  ctx: PlanContext,
): NumeratorChange | undefined {
  const base = namedBase('numerator', d);
  if (!p) {
    return {
      ...base,
      op: 'create',
      desired: { name: d.name, template: d.n.template, settings: numeratorSettings(d.n) },
    };
  }
  const diffs = settingDiffs(d.n, p);
  if (diffs.length === 0) return undefined;
  if (!createdViaRest(ctx.binding, p.id)) {
    return {
      ...base,
      op: 'blocked',
      wanted: 'update',
      diffs,
      reason: say(M, 'notViaRest'),
      hint: say(M, 'notViaRestHint'),
    };
  }
  const fields: NumeratorUpdate['fields'] = {};
  if (diffs.some((x) => x.field === 'template')) fields.template = d.n.template;
  if (diffs.some((x) => x.field !== 'template'))
    fields.settings = numeratorSettings({ ...portalAsSpec(p), ...definedOf(d.n) });
  return { ...base, op: 'update', portalId: p.id, diffs, desired: { name: d.name, fields } };
}

/** A template is deleted by this plan when the documents section is managed and does not name it. */
function willGo(ctx: PlanContext, templateId: number): boolean {
  const docs = ctx.spec.documents;
  if (docs === undefined || !ctx.pruneAllowed) return false;
  const t = ctx.state.documentTemplates.find((x) => x.id === templateId);
  return (
    t !== undefined &&
    !docs.some((d) => d.name === t.name || (d.renamed_from ?? []).includes(t.name)) &&
    !ctx.isProtected(t.name)
  );
}

/** Keys the spec sets explicitly (undefined ones do not override the portal's values). */
function definedOf(n: Numerator): Partial<Numerator> {
  return Object.fromEntries(Object.entries(n).filter(([, v]) => v !== undefined));
}

function portalAsSpec(p: PortalNumerator): Numerator {
  return {
    name: p.name,
    template: p.template,
    start: p.start,
    step: p.step,
    length: p.length,
    pad: p.padString,
    period: p.periodicBy === null ? 'none' : (p.periodicBy as Numerator['period']),
  };
}
