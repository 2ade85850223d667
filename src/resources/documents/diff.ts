import type { PortalDocumentTemplate } from './read.js';
import type { Document, Spec } from '../../spec/spec.generated.js';
import type { FieldDiff } from '../change.js';
import type { PlanContext } from '../context.js';
import type { KindDiff } from '../kind.js';
import { namedBase, refuseAll, unmatchedNamed, updateOrRename } from '../named-changes.js';
import { matchNamed, type NamedMatch } from '../named-match.js';
import { matchNumerators } from '../numerators/diff.js';
import { say, type PlanMessage } from '../plan-text.js';
import { blockedChange } from '../refusals.js';
import type { DocumentFile } from './files.js';
import { DOCUMENT_MESSAGES as M } from './messages.js';
import type {
  DesiredDocument,
  DocumentChange,
  EntityTypeRef,
  NumeratorRef,
  TemplateUpdate,
  Upload,
} from './types.js';

/**
 * Document-generator templates: crm.documentgenerator.template.* (docs/bitrix24/document-generator.md#template-add), matched by name
 * through the state file. The .docx goes up as `["name.docx", "<base64>"]`. The portal cannot tell
 * us the hash of the file it stores (list/get return only download links), so the state file keeps
 * the sha256 of the last file b24cfg uploaded (`fileHash`) and a template is re-uploaded when the
 * spec's file hashes differently — or when there is no record of an upload at all.
 */
/** CCrmOwnerType ids the document generator takes as entityTypeId ("2", "2_category_0": docs/bitrix24/document-generator.md#template-add). */
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

type TemplateMatch = NamedMatch<
  DesiredDocument,
  PortalDocumentTemplate,
  PlanContext['binding']['documentTemplates'][string]
>;
/** What a template's change is built from once its file, bindings and numerator are resolved. */
interface Resolved {
  file: DocumentFile;
  upload: Upload;
  types: EntityTypeRef[];
  numerator: NumeratorRef | undefined;
}

export function diffDocuments(
  desired: DesiredDocument[] | undefined,
  portal: PortalDocumentTemplate[],
  ctx: PlanContext,
): KindDiff<DocumentChange> {
  if (desired === undefined) return { changes: [], kept: [] };
  const unreadable = ctx.state.unreadable.documentTemplates;
  if (unreadable !== undefined) {
    const reason = say(M, 'unreadable', { code: unreadable });
    return { changes: refuseAll('documentTemplate', desired, reason, say(M, 'unreadableHint')), kept: [] };
  }
  const matches = matchDocuments(portal, ctx.binding, desired);
  const changes = matches.flatMap((m) => templateChange(m, ctx) ?? []);
  const left = unmatchedNamed('documentTemplate', portal, matches, ctx, {
    current: (p) => ({ name: p.name, numeratorId: p.numeratorId }),
  });
  return { changes: [...changes, ...left.deletes], kept: left.kept };
}

/** The change one spec template needs: refused while something it names is missing, else create or update. */
function templateChange(m: TemplateMatch, ctx: PlanContext): DocumentChange | undefined {
  const d = m.desired;
  const r = resolve(d, ctx);
  if ('refused' in r) return r.refused;
  if (m.portal) return templateUpdate(m, m.portal, r, ctx);
  // numeratorId is required on add (docs/bitrix24/document-generator.md#template-add).
  if (r.numerator === undefined)
    return blocked(d, say(M, 'numeratorRequired'), say(M, 'numeratorRequiredHint'));
  return {
    ...namedBase('documentTemplate', d),
    op: 'create',
    desired: {
      name: d.name,
      ...r.upload,
      numerator: r.numerator,
      entityTypeIds: r.types,
      region: DEFAULT_REGION,
      active: d.doc.active ?? true,
      withStamps: d.doc.with_stamps ?? false,
      // Without `users` the template is visible to the webhook's own user only
      // (docs/bitrix24/document-generator.md#template-access); UA = every authorised employee, which
      // is what a sales department's template is for.
      users: ['UA'],
    },
  };
}

/** The file, the pipelines and the numerator a spec template names, or why one of them is missing. */
function resolve(d: DesiredDocument, ctx: PlanContext): Resolved | { refused: DocumentChange } {
  const file = ctx.documentFiles?.get(d.doc.file);
  if (!file || 'error' in file) {
    const reason = file
      ? say(M, 'fileUnreadWhy', { file: d.doc.file, error: file.error })
      : say(M, 'fileUnread', { file: d.doc.file });
    return { refused: blocked(d, reason, say(M, 'fileUnreadHint')) };
  }
  const types = entityTypes(ctx, d.doc);
  if (types.unknown.length > 0) {
    const reason = say(M, 'unknownDirections', { keys: types.unknown.join(', ') });
    return { refused: blocked(d, reason, say(M, 'unknownDirectionsHint')) };
  }
  const numerator = d.doc.numerator === undefined ? undefined : numeratorOf(ctx, d.doc.numerator);
  if (d.doc.numerator !== undefined && numerator === undefined) {
    const reason = say(M, 'unknownNumerator', { name: d.doc.numerator });
    return { refused: blocked(d, reason, say(M, 'unknownNumeratorHint')) };
  }
  const upload = { fileName: file.fileName, fileHash: file.sha256, fileBase64: file.base64 };
  return { file, upload, types: types.refs, numerator };
}

/** An existing template: what differs (the name, the file, the numerator, the bindings, active, stamps). */
function templateUpdate(
  m: TemplateMatch,
  p: PortalDocumentTemplate,
  r: Resolved,
  ctx: PlanContext,
): DocumentChange | undefined {
  const d = m.desired;
  const diffs: FieldDiff[] = [];
  const fields: Omit<TemplateUpdate, 'name'> & { upload?: true } = {};
  let note: PlanMessage | undefined;
  if (p.name !== d.name) diffs.push({ field: 'name', before: p.name, after: d.name });
  const known = m.binding?.fileHash;
  if (known !== r.file.sha256) {
    diffs.push({
      field: 'file',
      before: known ? short(known) : null,
      after: `${r.file.fileName} ${short(r.file.sha256)}`,
    });
    fields.upload = true;
    if (!known) note = say(M, 'fileUnknown');
  }
  const numerator = r.numerator;
  if (numerator !== undefined && !('id' in numerator && numerator.id === p.numeratorId)) {
    diffs.push({
      field: 'numeratorId',
      before: p.numeratorId,
      after: 'id' in numerator ? numerator.id : d.doc.numerator,
    });
    fields.numerator = numerator;
  }
  const resolved = r.types.filter((t): t is string => typeof t === 'string');
  if (resolved.length !== r.types.length || !sameSet(resolved, p.entityTypeIds)) {
    diffs.push({
      field: 'entityTypeId',
      before: [...p.entityTypeIds].sort(),
      after: r.types.map((t) => (typeof t === 'string' ? t : `2_category_<${t.newPipeline}>`)),
    });
    fields.entityTypeIds = r.types;
  }
  if (d.doc.active !== undefined && d.doc.active !== p.active) {
    diffs.push({ field: 'active', before: p.active, after: d.doc.active });
    fields.active = d.doc.active;
  }
  // No `with_stamps` in the spec leaves the portal's setting alone, as `active` does.
  const stamps = p.withStamps ?? false;
  if (d.doc.with_stamps !== undefined && d.doc.with_stamps !== stamps) {
    diffs.push({ field: 'withStamps', before: stamps, after: d.doc.with_stamps });
    fields.withStamps = d.doc.with_stamps;
  }
  if (diffs.length === 0) return undefined;
  const write: TemplateUpdate = {
    name: d.name,
    ...(fields.upload ? r.upload : {}),
    ...withoutUpload(fields),
  };
  return updateOrRename(namedBase('documentTemplate', d), p, diffs, write, note, ctx, {
    reason: say(M, 'protectedRename'),
    hint: say(M, 'protectedRenameHint'),
  });
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
