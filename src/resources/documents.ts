import { text, type Text } from '../core/i18n.js';
import type { Change, FieldDiff, KeptNote } from '../plan/types.js';
import type { PortalDocumentTemplate } from '../portal/state-types.js';
import type { Document, Spec } from '../spec/spec.generated.js';
import type { PlanContext } from './context.js';
import { matchNamed } from './named-match.js';
import { blockedChange, protectedRename } from './refusals.js';
import { matchNumerators } from './numerators.js';

/**
 * Document-generator templates: crm.documentgenerator.template.* (rest-map §8), matched by name
 * through the state file. The .docx goes up as `["name.docx", "<base64>"]`. The portal cannot tell
 * us the hash of the file it stores (list/get return only download links), so the state file keeps
 * the sha256 of the last file b24cfg uploaded (`fileHash`) and a template is re-uploaded when the
 * spec's file hashes differently — or when there is no record of an upload at all.
 */
export interface DesiredDocument {
  name: string;
  renamedFrom: string[];
  pointer: string;
  doc: Document;
}

/** CCrmOwnerType ids the document generator takes as entityTypeId (rest-map §8: "2", "2_category_0"). */
const OWNER_TYPE: Record<NonNullable<Document['entity']>, string> = {
  lead: '1',
  deal: '2',
  contact: '3',
  company: '4',
};

/** A binding of a template to a pipeline this plan creates: its id is only known after the add. */
export interface NewPipelineRef {
  newPipeline: string;
}
export type EntityTypeRef = string | NewPipelineRef;
export type NumeratorRef = { id: number } | { newName: string };

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

export function matchDocuments(state: PlanContext['state'], binding: PlanContext['binding'], spec: Spec) {
  return matchNamed<
    DesiredDocument,
    PortalDocumentTemplate,
    PlanContext['binding']['documentTemplates'][string]
  >(state.documentTemplates, binding.documentTemplates, desiredDocuments(spec));
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

export function diffDocuments(ctx: PlanContext): { changes: Change[]; kept: KeptNote[] } {
  const changes: Change[] = [];
  const kept: KeptNote[] = [];
  if (ctx.spec.documents === undefined) return { changes, kept };
  const unreadable = ctx.state.unreadable.documentTemplates;
  const matches = unreadable === undefined ? matchDocuments(ctx.state, ctx.binding, ctx.spec) : [];
  if (unreadable !== undefined) {
    const reason = text(
      `шаблоны документов не читаются этим вебхуком (${unreadable})`,
      `this webhook cannot read document templates (${unreadable})`,
    );
    const hint = text(
      'Нужны право crm и доступ к генератору документов.',
      'The webhook needs the crm scope and access to the document generator.',
    );
    return { changes: desiredDocuments(ctx.spec).map((d) => blocked(d, reason, hint)), kept };
  }
  for (const m of matches) {
    const d = m.desired;
    const file = ctx.documentFiles?.get(d.doc.file);
    if (!file || 'error' in file) {
      changes.push(
        blocked(
          d,
          text(
            `файл ${d.doc.file} не прочитан${file ? ` (${file.error})` : ''}`,
            `file ${d.doc.file} could not be read${file ? ` (${file.error})` : ''}`,
          ),
          text(
            'Проверьте путь в documents[].file (от папки спецификации).',
            'Check the path in documents[].file (relative to the spec folder).',
          ),
        ),
      );
      continue;
    }
    const types = entityTypes(ctx, d.doc);
    if (types.unknown.length > 0) {
      changes.push(
        blocked(
          d,
          text(
            `направления ${types.unknown.join(', ')} не описаны в directions — не к чему привязать шаблон`,
            `directions ${types.unknown.join(', ')} are not described in directions, so there is nothing to bind the template to`,
          ),
          text(
            'Опишите направления в directions или уберите их из documents[].directions.',
            'Describe the directions in directions or drop them from documents[].directions.',
          ),
        ),
      );
      continue;
    }
    const numerator = d.doc.numerator === undefined ? undefined : numeratorOf(ctx, d.doc.numerator);
    if (d.doc.numerator !== undefined && numerator === undefined) {
      changes.push(
        blocked(
          d,
          text(
            `нумератора «${d.doc.numerator}» нет ни в спецификации, ни на портале`,
            `numerator “${d.doc.numerator}” is neither in the spec nor on the portal`,
          ),
          text('Опишите его в numerators.', 'Describe it in numerators.'),
        ),
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
        changes.push(
          blocked(
            d,
            text(
              'для нового шаблона Bitrix24 требует нумератор',
              'Bitrix24 needs a numerator for a new template',
            ),
            text(
              'Укажите numerator: у документа и опишите его в numerators.',
              'Set numerator: on the document and describe it in numerators.',
            ),
          ),
        );
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
    const fields: Record<string, unknown> = {};
    let note: Text | undefined;
    if (p.name !== d.name) {
      diffs.push({ field: 'name', before: p.name, after: d.name });
      fields.name = d.name;
    }
    const known = m.binding?.fileHash;
    if (known !== file.sha256) {
      diffs.push({
        field: 'file',
        before: known ? short(known) : null,
        after: `${file.fileName} ${short(file.sha256)}`,
      });
      Object.assign(fields, { upload: true });
      if (!known)
        note = text(
          'b24cfg не знает, какой файл сейчас в шаблоне (Bitrix24 не сообщает хэш файла) — загрузит файл из спецификации',
          'b24cfg has no record of the file in this template (Bitrix24 does not report a file hash), so it uploads the spec’s file',
        );
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
    const desired = { name: d.name, ...(fields.upload ? upload : {}), ...withoutUpload(fields) };
    const renamed = p.name !== d.name;
    if (renamed && (ctx.isProtected(p.name) || ctx.isProtected(d.name))) {
      changes.push(
        protectedRename(
          base,
          diffs,
          text(
            'шаблон защищён (manage.protect) — переименование запрещено',
            'the template is protected (manage.protect): no renames',
          ),
          text(
            'Уберите название из manage.protect или оставьте прежнее.',
            'Remove the name from manage.protect or keep the old name.',
          ),
        ),
      );
    } else if (renamed) {
      changes.push({ ...base, op: 'rename', portalId: p.id, from: p.name, to: d.name, diffs, desired, note });
    } else {
      changes.push({ ...base, op: 'update', portalId: p.id, diffs, desired, note });
    }
  }
  const matched = new Set(matches.flatMap((m) => (m.portal ? [m.portal.id] : [])));
  for (const p of ctx.state.documentTemplates) {
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

function withoutUpload(fields: Record<string, unknown>): Record<string, unknown> {
  const { upload: _u, ...rest } = fields;
  return rest;
}

const short = (hash: string) => `sha256:${hash.slice(0, 12)}`;

function blocked(d: DesiredDocument, reason: Text, hint: Text): Change {
  return blockedChange(
    { kind: 'documentTemplate', key: d.name, path: [d.name], specPointer: d.pointer },
    reason,
    hint,
  );
}
