import type { PlacedProblem, ValidationResults } from './types.js';

/**
 * Every problem of every validated spec, placed in a file. A base spec shared by two validated specs would
 * report its own problems twice; those repeats are dropped.
 */
export function placedProblems(results: ValidationResults): PlacedProblem[] {
  const seen = new Set<string>();
  const out: PlacedProblem[] = [];
  for (const r of results) {
    for (const problem of r.problems) {
      const file = problem.location?.file ?? r.rootFile;
      const l = problem.location;
      const id = [file, l?.line, l?.col, problem.rule, problem.messageId, problem.message.en].join('|');
      if (seen.has(id)) continue;
      seen.add(id);
      out.push({ spec: r.rootFile, file, problem });
    }
  }
  return out;
}

export function countBySeverity(problems: readonly PlacedProblem[]): { errors: number; warnings: number } {
  let errors = 0;
  for (const p of problems) if (p.problem.severity === 'error') errors++;
  return { errors, warnings: problems.length - errors };
}

/** Files in the order they were read: each validated spec, then its bases. */
export function fileOrder(results: ValidationResults): string[] {
  const order: string[] = [];
  for (const r of results) {
    for (const f of [r.rootFile, ...r.files]) if (!order.includes(f)) order.push(f);
  }
  return order;
}
