import type { Change } from './registry.js';
import type { PlannedCall } from './calls.js';
import type { Binding, StateFile } from '../portal/state-file.js';
import type { PortalSection, PortalState } from './state.js';
import type { Spec } from '../spec/spec.generated.js';
import { desiredDocuments, matchDocuments } from './documents/diff.js';
import { matchNamed } from './named-match.js';
import { desiredLines } from './open-lines/diff.js';
import { desiredNumerators } from './numerators/diff.js';

/**
 * State-file bindings of the objects matched by name (open lines, document templates, numerators).
 * Two facts can only come from b24cfg's own record, because the portal never reports them
 * (rest-map §8): the hash of the .docx it uploaded into a template, and which numerators it created
 * through REST (only those may be changed over REST). They are recorded from the calls that ran,
 * BEFORE the verification re-plan, so that re-plan compares against what was just written.
 */
export interface ExecutedCall {
  call: Pick<PlannedCall, 'method' | 'params' | 'changeIds'>;
  status: string;
  result?: unknown;
}

type Named = 'openLines' | 'documentTemplates' | 'numerators';

export function recordExecuted(
  binding: StateFile,
  changes: readonly Change[],
  outcomes: readonly ExecutedCall[],
): StateFile {
  const next: StateFile = {
    ...binding,
    openLines: { ...binding.openLines },
    documentTemplates: { ...binding.documentTemplates },
    numerators: { ...binding.numerators },
  };
  const byId = new Map(changes.map((c) => [c.id, c]));
  for (const o of outcomes) {
    if (o.status !== 'ok') continue;
    const change = byId.get(o.call.changeIds[0] ?? '');
    const desired = change && 'desired' in change ? change.desired : undefined;
    const name = desired && 'name' in desired ? desired.name : undefined;
    const fields = (o.call.params.fields ?? {}) as Record<string, unknown>;
    switch (o.call.method) {
      case 'crm.documentgenerator.template.add':
      case 'crm.documentgenerator.template.update': {
        const id = o.call.method.endsWith('.add') ? idIn(o.result, 'template') : Number(o.call.params.id);
        if (name === undefined || id === undefined) break;
        const uploaded =
          fields.file !== undefined && desired && 'fileHash' in desired ? desired.fileHash : undefined;
        const prev = Object.values(next.documentTemplates).find((b) => b.id === id);
        bind(next, 'documentTemplates', name, {
          ...prev,
          id,
          lastName: name,
          fileHash: uploaded ?? prev?.fileHash,
        });
        break;
      }
      case 'crm.documentgenerator.numerator.add': {
        const id = idIn(o.result, 'numerator');
        if (name !== undefined && id !== undefined)
          bind(next, 'numerators', name, { id, lastName: name, viaRest: true });
        break;
      }
      case 'imopenlines.config.add': {
        const id = Number(o.result);
        if (name !== undefined && Number.isInteger(id) && id > 0)
          bind(next, 'openLines', name, { id, lastName: name });
        break;
      }
      case 'crm.documentgenerator.template.delete':
        unbind(next, 'documentTemplates', Number(o.call.params.id));
        break;
      case 'crm.documentgenerator.numerator.delete':
        unbind(next, 'numerators', Number(o.call.params.id));
        break;
      case 'imopenlines.config.delete':
        unbind(next, 'openLines', Number(o.call.params.CONFIG_ID));
        break;
    }
  }
  return next;
}

/**
 * After an apply: every spec item bound to the object it matched, under its spec name (a rename
 * moves the binding), keeping what the previous binding of that id knew (file hash, viaRest).
 * Bindings of objects gone from a readable section are dropped.
 */
export function namedBindings(state: PortalState, spec: Spec, previous: StateFile): Pick<StateFile, Named> {
  const next: Pick<StateFile, Named> = {
    openLines: { ...previous.openLines },
    documentTemplates: { ...previous.documentTemplates },
    numerators: { ...previous.numerators },
  };
  const sync = <B extends Binding>(
    section: Named,
    portalSection: PortalSection,
    ids: readonly number[],
    matched: Array<{ name: string; id: number; lastName: string }>,
  ) => {
    const list = next[section] as Record<string, B>;
    if (state.unreadable[portalSection] !== undefined) return;
    for (const [k, b] of Object.entries(list)) if (!ids.includes(b.id)) delete list[k];
    for (const m of matched) {
      const prev = Object.values(list).find((b) => b.id === m.id);
      for (const [k, b] of Object.entries(list)) if (b.id === m.id) delete list[k];
      list[m.name] = { ...prev, id: m.id, lastName: m.lastName } as B;
    }
  };
  const pick = <P extends { id: number; name: string }>(
    ms: Array<{ desired: { name: string }; portal?: P }>,
  ) =>
    ms.flatMap((m) => (m.portal ? [{ name: m.desired.name, id: m.portal.id, lastName: m.portal.name }] : []));
  sync(
    'openLines',
    'openLines',
    state.openLines.map((l) => l.id),
    pick(matchNamed(state.openLines, previous.openLines, desiredLines(spec))),
  );
  sync(
    'documentTemplates',
    'documentTemplates',
    state.documentTemplates.map((t) => t.id),
    pick(matchDocuments(state.documentTemplates, previous, desiredDocuments(spec))),
  );
  sync(
    'numerators',
    'numerators',
    state.numerators.map((n) => n.id),
    pick(matchNamed(state.numerators, previous.numerators, desiredNumerators(spec))),
  );
  return next;
}

function idIn(result: unknown, key: string): number | undefined {
  const inner =
    result !== null && typeof result === 'object' ? (result as Record<string, unknown>)[key] : undefined;
  const id = inner !== null && typeof inner === 'object' ? (inner as Record<string, unknown>).id : undefined;
  const n = Number(id);
  return Number.isInteger(n) && n > 0 ? n : undefined;
}

function bind<K extends Named>(file: StateFile, section: K, name: string, b: StateFile[K][string]): void {
  const list = file[section] as Record<string, Binding>;
  for (const [k, x] of Object.entries(list)) if (x.id === b.id && k !== name) delete list[k];
  list[name] = b;
}

function unbind(file: StateFile, section: Named, id: number): void {
  const list = file[section] as Record<string, Binding>;
  for (const [k, x] of Object.entries(list)) if (x.id === id) delete list[k];
}
