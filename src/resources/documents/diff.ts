import type { PortalDocumentTemplate } from './read.js';
import type { Document, Spec } from '../../spec/spec.generated.js';
import type { FieldDiff, KeptOf } from '../change.js';
import type { PlanContext } from '../context.js';
import type { KindDiff } from '../kind.js';
import { matchNamed } from '../named-match.js';
import { matchNumerators } from '../numerators/diff.js';
import { say, type PlanMessage } from '../plan-text.js';
import { blockedChange, protectedRename } from '../refusals.js';
import { DOCUMENT_MESSAGES as M } from './messages.js';
import type {
  DesiredDocument,
  DocumentChange,
  EntityTypeRef,
  NumeratorRef,
  TemplateUpdate,
} from './types.js';

/**
 * Document-generator templates: crm.documentgenerator.template.* (rest-map §8), matched by name
 * through the state file. The .docx goes up as `["name.docx", "<base64>"]`. The portal cannot tell
 * us the hash of the file it stores (list/get return only download links), so the state file keeps
 * the sha256 of the last file b24cfg uploaded (`fileHash`) and a template is re-uploaded when the
 * spec's file hashes differently — or when there is no record of an upload at all.
 */
/** CCrmOwnerType ids the document generator takes as entityTypeId (rest-map §8: "2", "2_category_0"). */
const OWNER_TYPE: Record<NonNullable<Document['entity']>, string> = {
  lead: '1',
  deal: '2',
  contact: '3',
  company: '4',
};

/** Region of the template's fields and formatting; the spec has no setting for it yet. */
export const DEFAULT_REGION = 'ru';

export function desiredDocuments(spec: Spec): DesiredDocument[] {
  return (spec.documents ?? []).map((d, i) => ({
    name: d.name,
    renamedFrom: d.renamed_from ?? [],
    pointer: `/documents/${i}`,
    doc: d,
  }));
}

export function matchDocuments(
  portal: readonly PortalDocumentTemplate[],
  binding: PlanContext['binding'],
  desired: readonly DesiredDocument[],
) {
  return matchNamed<
    DesiredDocument,
    PortalDocumentTemplate,
    PlanContext['binding']['documentTemplates'][string]
  >(portal, binding.documentTemplates, desired);
}

/** entityTypeId values of a spec document, or the direction keys that cannot be resolved. */
function entityTypes(ctx: PlanContext, doc: Document): { refs: EntityTypeRef[]; unknown: string[] } {
  const entity = doc.entity ?? 'deal';
  const refs: EntityTypeRef[] = [OWNER_TYPE[entity]];
  const unknown: string[] = [];
  if (entity !== 'deal') return { refs, unknown };
  for (const key of doc.directions ?? []) {
    const res = ctx.pipelines.get(key);
    if (!res) unknown.push(key);
    else if (res.kind === 'existing') refs.push(`2_category_${res.id}`);
    else refs.push({ newPipeline: key });
  }
  return { refs, unknown };
}

function numeratorOf(ctx: PlanContext, name: string): NumeratorRef | undefined {
  const managed =
    ctx.spec.numerators === undefined ? undefined : matchNumerators(ctx.state, ctx.binding, ctx.spec);
  const m = managed?.find((x) => x.desired.name === name);
  if (m) return m.portal ? { id: m.portal.id } : { newName: name };
  const onPortal = ctx.state.numerators.find((n) => n.name === name);
  return onPortal ? { id: onPortal.id } : undefined;
}

const sameSet = (a: readonly string[], b: readonly string[]) =>
  [...a].sort().join('|') === [...b].sort().join('|');

export function diffDocuments(
  desired: DesiredDocument[] | undefined,
  portal: PortalDocumentTemplate[],
  ctx: PlanContext,
): KindDiff<DocumentChange> {
  const changes: DocumentChange[] = [];
  const kept: Array<KeptOf<'documentTemplate'>> = [];
  if (desired === undefined) return { changes, kept };
  const unreadable = ctx.state.unreadable.documentTemplates;
  if (unreadable !== undefined) {
    const reason = say(M, 'unreadable', { code: unreadable });
    return { changes: desired.map((d) => blocked(d, reason, say(M, 'unreadableHint'))), kept };
  }
  const matches = matchDocuments(portal, ctx.binding, desired);
  for (const m of matches) {
    const d = m.desired;
    const file = ctx.documentFiles?.get(d.doc.file);
    if (!file || 'error' in file) {
      const reason = file
        ? say(M, 'fileUnreadWhy', { file: d.doc.file, error: file.error })
        : say(M, 'fileUnread', { file: d.doc.file });
      changes.push(blocked(d, reason, say(M, 'fileUnreadHint')));
      continue;
    }
    const types = entityTypes(ctx, d.doc);
    if (types.unknown.length > 0) {
      changes.push(
        blocked(
          d,
          say(M, 'unknownDirections', { keys: types.unknown.join(', ') }),
          say(M, 'unknownDirectionsHint'),
        ),
      );
      continue;
    }
    const numerator = d.doc.numerator === undefined ? undefined : numeratorOf(ctx, d.doc.numerator);
    if (d.doc.numerator !== undefined && numerator === undefined) {
      changes.push(
        blocked(d, say(M, 'unknownNumerator', { name: d.doc.numerator }), say(M, 'unknownNumeratorHint')),
      );
      continue;
    }
    const base = {
      id: `documentTemplate:${d.name}`,
      kind: 'documentTemplate' as const,
      key: d.name,
      path: [d.name],
      specPointer: d.pointer,
    };
    const upload = { fileName: file.fileName, fileHash: file.sha256, fileBase64: file.base64 };
    if (!m.portal) {
      if (numerator === undefined) {
        // numeratorId is required on add (rest-map §8).
        changes.push(blocked(d, say(M, 'numeratorRequired'), say(M, 'numeratorRequiredHint')));
        continue;
      }
      changes.push({
        ...base,
        op: 'create',
        desired: {
          name: d.name,
          ...upload,
          numerator,
          entityTypeIds: types.refs,
          region: DEFAULT_REGION,
          active: d.doc.active ?? true,
          withStamps: d.doc.with_stamps ?? false,
          // Without `users` the template is visible to the webhook's own user only (rest-map §8);
          // UA = every authorised employee, which is what a sales department's template is for.
          users: ['UA'],
        },
      });
      continue;
    }
    const p = m.portal;
    const diffs: FieldDiff[] = [];
    const fields: Omit<TemplateUpdate, 'name'> & { upload?: true } = {};
    let note: PlanMessage | undefined;
    if (p.name !== d.name) diffs.push({ field: 'name', before: p.name, after: d.name });
    const known = m.binding?.fileHash;
    if (known !== file.sha256) {
      diffs.push({
        field: 'file',
        before: known ? short(known) : null,
        after: `${file.fileName} ${short(file.sha256)}`,
      });
      fields.upload = true;
      if (!known) note = say(M, 'fileUnknown');
    }
    if (numerator !== undefined && !('id' in numerator && numerator.id === p.numeratorId)) {
      diffs.push({
        field: 'numeratorId',
        before: p.numeratorId,
        after: 'id' in numerator ? numerator.id : d.doc.numerator,
      });
      fields.numerator = numerator;
    }
    const resolved = types.refs.filter((r): r is string => typeof r === 'string');
    if (resolved.length !== types.refs.length || !sameSet(resolved, p.entityTypeIds)) {
      diffs.push({
        field: 'entityTypeId',
        before: [...p.entityTypeIds].sort(),
        after: types.refs.map((r) => (typeof r === 'string' ? r : `2_category_<${r.newPipeline}>`)),
      });
      fields.entityTypeIds = types.refs;
    }
    if (d.doc.active !== undefined && d.doc.active !== p.active) {
      diffs.push({ field: 'active', before: p.active, after: d.doc.active });
      fields.active = d.doc.active;
    }
    if (diffs.length === 0) continue;
    const write: TemplateUpdate = {
      name: d.name,
      ...(fields.upload ? upload : {}),
      ...withoutUpload(fields),
    };
    const renamed = p.name !== d.name;
    if (renamed && (ctx.isProtected(p.name) || ctx.isProtected(d.name))) {
      changes.push(protectedRename(base, diffs, say(M, 'protectedRename'), say(M, 'protectedRenameHint')));
    } else if (renamed) {
      changes.push({
        ...base,
        op: 'rename',
        portalId: p.id,
        from: p.name,
        to: d.name,
        diffs,
        desired: write,
        note,
      });
    } else {
      changes.push({ ...base, op: 'update', portalId: p.id, diffs, desired: write, note });
    }
  }
  const matched = new Set(matches.flatMap((m) => (m.portal ? [m.portal.id] : [])));
  for (const p of portal) {
    if (matched.has(p.id)) continue;
    const path = [p.name];
    if (!ctx.pruneAllowed || ctx.isProtected(p.name)) {
      kept.push({
        kind: 'documentTemplate',
        key: p.name,
        path,
        why: ctx.pruneAllowed ? 'protected' : 'not-in-spec',
      });
      continue;
    }
    changes.push({
      id: `documentTemplate-delete:${p.id}`,
      kind: 'documentTemplate',
      key: p.name,
      path,
      op: 'delete',
      portalId: p.id,
      current: { name: p.name, numeratorId: p.numeratorId },
      reason: 'prune',
    });
  }
  return { changes, kept };
}

function withoutUpload<T extends { upload?: true }>(fields: T): Omit<T, 'upload'> {
  const { upload: _u, ...rest } = fields;
  return rest;
}

const short = (hash: string) => `sha256:${hash.slice(0, 12)}`;

function blocked(d: DesiredDocument, reason: PlanMessage, hint: PlanMessage): DocumentChange {
  return blockedChange(
    { kind: 'documentTemplate' as const, key: d.name, path: [d.name], specPointer: d.pointer },
    reason,
    hint,
  );
}
