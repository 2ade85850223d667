import type { Binding } from '../portal/state-file.js';

/**
 * Matching of portal objects that have no writable stable key — open lines, document templates,
 * numerators (no code can be set over REST: docs/bitrix24/open-lines.md#natural-key, document-generator.md#template-key) — to spec items keyed by name.
 * Order of trust: the state-file binding (kept under the spec name, or under a name in renamed_from),
 * then the exact name, then a name in renamed_from. A binding is trusted only while the object still
 * carries a name we know, so a stale state file cannot bind a spec item to someone else's object.
 */
export interface NamedDesired {
  name: string;
  renamedFrom: readonly string[];
}

export interface NamedPortal {
  id: number;
  name: string;
}

export interface NamedMatch<D extends NamedDesired, P extends NamedPortal, B extends Binding = Binding> {
  desired: D;
  portal?: P;
  how?: 'binding' | 'name' | 'renamed_from';
  /** The binding of the matched object (it may carry kind-specific facts such as a file hash). */
  binding?: B;
}

export function matchNamed<D extends NamedDesired, P extends NamedPortal, B extends Binding = Binding>(
  portal: readonly P[],
  bindings: Readonly<Record<string, B>>,
  desired: readonly D[],
): Array<NamedMatch<D, P, B>> {
  const used = new Set<number>();
  const byId = new Map(portal.map((p) => [p.id, p]));
  const matches: Array<NamedMatch<D, P, B>> = desired.map((d) => ({ desired: d }));
  const take = (m: NamedMatch<D, P, B>, p: P | undefined, how: NamedMatch<D, P, B>['how']) => {
    if (!p || used.has(p.id) || m.portal) return;
    m.portal = p;
    m.how = how;
    used.add(p.id);
  };
  for (const m of matches) {
    for (const key of [m.desired.name, ...m.desired.renamedFrom]) {
      const b = bindings[key];
      const p = b ? byId.get(b.id) : undefined;
      if (b && p && [m.desired.name, ...m.desired.renamedFrom, b.lastName].includes(p.name)) {
        take(m, p, 'binding');
        if (m.portal === p) break;
      }
    }
  }
  for (const m of matches)
    take(
      m,
      portal.find((p) => !used.has(p.id) && p.name === m.desired.name),
      'name',
    );
  for (const m of matches) {
    take(
      m,
      portal.find((p) => !used.has(p.id) && m.desired.renamedFrom.includes(p.name)),
      'renamed_from',
    );
  }
  for (const m of matches) {
    if (!m.portal) continue;
    const id = m.portal.id;
    m.binding = [m.desired.name, ...m.desired.renamedFrom]
      .map((k) => bindings[k])
      .find((b) => b !== undefined && b.id === id);
  }
  return matches;
}
