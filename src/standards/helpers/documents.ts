import { text } from '../../core/i18n.js';
import type { Document } from '../../spec/spec.generated.js';
import { count, evidence, samples, type Kit } from '../define.js';
import type { Finding } from '../types.js';
import {
  archiveRobots,
  archiveRuleFinding,
  archiveSpecFinding,
  decides,
  documentName,
  robotSample,
} from './archive.js';
import { specRobots } from './spec.js';

export type DocKind = 'proposal' | 'contract' | 'invoice';
export type DocMessage = 'specDocAndRobot' | 'specDocNoRobot' | 'specNoDoc' | 'portalDoc' | 'portalNoDoc';

/** How a template of each kind is usually named, for portals audited without a spec. */
const NAMES: Record<DocKind, RegExp> = {
  proposal: /коммерческ|предложени|(^|[^а-яё])кп([^а-яё]|$)|proposal|offer|quotation/i,
  contract: /договор|контракт|contract|agreement/i,
  invoice: /сч[её]т|invoice|bill/i,
};

function isKind(d: Document, kind: DocKind): boolean {
  return d.kind === kind || (d.kind === undefined && NAMES[kind].test(d.name));
}

/**
 * The CRM settings archive: the spec's robots that build a template of the kind, and the e-mail robots
 * whose template attaches it, set up as described; without a spec, a robot that builds a template
 * named like the kind (a portal names the archive's template ids; without one nothing is claimed).
 */
function archivePart(
  k: Kit<DocMessage>,
  kind: DocKind,
  docs: readonly { d: Document }[],
): Finding | undefined {
  const a = k.ctx.crmSettings;
  if (!a) return undefined;
  if (k.spec) {
    const spec = k.spec;
    const names = new Set(docs.map((x) => x.d.name));
    const attaching = new Set(
      (spec.email_templates ?? []).filter((t) => names.has(t.attach_document ?? '')).map((t) => t.key),
    );
    return archiveSpecFinding(k, {
      pointers: specRobots(spec)
        .filter(
          (r) =>
            (r.robot.type === 'generate_document' && names.has(r.robot.template ?? '')) ||
            (r.robot.type === 'send_email' && attaching.has(r.robot.template ?? '')),
        )
        .map((r) => r.pointer),
      what: text('роботов, которые готовят и отправляют документ', 'robots that build and send the document'),
      read: 'BIZPROC_MAIN («Create document» and e-mail robots)',
    });
  }
  if (a.binding.documents === undefined) return undefined;
  return archiveRuleFinding(k, {
    items: archiveRobots(a).filter(
      (x) =>
        x.robot.kind === 'generate_document' && NAMES[kind].test(documentName(a, x.robot.templateId) ?? ''),
    ),
    ok: () => true,
    rule: text(
      'роботы «Создать документ» по шаблону этого вида',
      '«Create document» robots for a template of this kind',
    ),
    read: 'BIZPROC_MAIN',
    sample: (x) => robotSample(a, x.at, x.robot, x.i),
    emptyFails: true,
  });
}

/**
 * SD-27/28/29: a document-generator template of the kind exists (crm.documentgenerator.template.*,
 * docs/bitrix24/document-generator.md) and a robot prepares it; robots cannot be read over REST, so sending
 * is attested.
 */
export function documentFindings(k: Kit<DocMessage>, kind: DocKind): Finding[] {
  const out: Finding[] = [];
  const docs = (k.spec?.documents ?? [])
    .map((d, i) => ({ d, pointer: `/documents/${i}` }))
    .filter((x) => isKind(x.d, kind));
  if (k.spec) {
    const robots = specRobots(k.spec).filter(
      (r) =>
        (r.robot.type === 'generate_document' || r.robot.type === 'send_document') &&
        docs.some((x) => x.d.name === r.robot.template),
    );
    const ev = evidence(
      ['spec: /documents', 'spec: /directions/*/stages/*/robots'],
      [
        count('documents', 'шаблонов', 'templates', docs.length),
        count('robots', 'роботов', 'robots', robots.length),
      ],
    );
    const name = docs.map((x) => x.d.name).join(', ');
    if (docs.length === 0)
      out.push(k.finding('spec', 'fail', 'specNoDoc', {}, ev, { specPointers: ['/documents'] }));
    else if (robots.length === 0)
      out.push(
        k.finding('spec', 'partial', 'specDocNoRobot', { name }, ev, {
          ratio: 0.5,
          specPointers: docs.map((x) => x.pointer),
        }),
      );
    else out.push(k.finding('spec', 'pass', 'specDocAndRobot', { name }, ev));
  }
  if (k.state) {
    const err = k.unreadable('documentTemplates');
    if (err) out.push(err);
    else {
      const portal = k.state.documentTemplates;
      const found =
        k.spec && docs.length > 0
          ? portal.filter((t) =>
              docs.some(
                (x) =>
                  [x.d.name, ...(x.d.renamed_from ?? [])].includes(t.name) ||
                  k.ctx.binding?.documentTemplates[x.d.name]?.id === t.id,
              ),
            )
          : portal.filter((t) => NAMES[kind].test(t.name));
      const ev = evidence(
        ['crm.documentgenerator.template.list'],
        [count('templates', 'шаблонов на портале', 'templates on the portal', portal.length)],
        {
          samples: samples(
            { ru: 'Подходящие шаблоны', en: 'Matching templates' },
            found.map((t) => ({ id: t.id, label: t.name })),
          ),
        },
      );
      out.push(
        found.length > 0
          ? k.finding('config', 'pass', 'portalDoc', { name: found.map((t) => t.name).join(', ') }, ev)
          : k.finding('config', 'fail', 'portalNoDoc', {}, ev, { specPointers: docs.map((x) => x.pointer) }),
      );
    }
  }
  const archived = archivePart(k, kind, docs);
  if (archived) out.push(archived);
  out.push(k.manual({ scored: !decides(archived) }));
  return out;
}
