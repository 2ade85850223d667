import type { Document } from '../../spec/spec.generated.js';
import { count, evidence, samples, type Kit } from '../define.js';
import type { Finding } from '../types.js';
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
  out.push(k.manual());
  return out;
}
