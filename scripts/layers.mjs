// The layers of src/ (docs/architecture.md): which folder may import which. One table, read by
// eslint.config.js (a wrong import fails `npm run lint`) and by test/architecture/layers.test.ts (the
// folder import graph has only these edges and no cycle, dynamic imports included).

/** Folder → the folders it may import (besides itself). Imports run one way: down this list. */
export const LAYERS = Object.freeze({
  cli: [
    'apply',
    'audit',
    'checklist',
    'doctor',
    'export',
    'plan',
    'report',
    'standards',
    'resources',
    'portal',
    'spec',
    'core',
  ],
  // Use cases. apply re-plans (plan), restores through an export (export); audit labels like plan does.
  apply: ['plan', 'export', 'report', 'standards', 'resources', 'portal', 'spec', 'core'],
  audit: ['plan', 'report', 'standards', 'resources', 'portal', 'spec', 'core'],
  checklist: ['plan', 'report', 'standards', 'resources', 'portal', 'spec', 'core'],
  doctor: ['report', 'standards', 'resources', 'portal', 'spec', 'core'],
  export: ['report', 'standards', 'resources', 'portal', 'spec', 'core'],
  plan: ['report', 'standards', 'resources', 'portal', 'spec', 'core'],
  // Renderers, the standards, the resource kinds.
  report: ['standards', 'resources', 'portal', 'spec', 'core'],
  standards: ['resources', 'portal', 'spec', 'core'],
  resources: ['portal', 'spec', 'core'],
  // The portal (the only network code) and the spec.
  portal: ['core'],
  spec: ['core'],
  core: [],
  // The emulated portal: its own world on top of core; reached only through EXCEPTIONS below.
  sandbox: ['core'],
  // The code-cache loader bin/b24cfg.js starts before anything else.
  boot: [],
});

/**
 * Imports the table does not allow, file by file. `to` is a folder, or files of it (paths inside src).
 * `until` marks the temporary ones: the typed Change and Plan and the pure planner move down into
 * resources/ (issue 13, item 2), and then these go.
 */
export const EXCEPTIONS = Object.freeze([
  {
    from: 'src/portal/sandbox-adapter.ts',
    to: ['sandbox/index.js'],
    why: 'the one module through which production code reaches the sandbox',
  },
  {
    from: 'src/resources/**',
    to: ['plan/types.js', 'plan/calls.js'],
    why: 'Change, Plan and PlannedCall still live in plan/',
    until: 'the change types move into resources/',
  },
  {
    from: 'src/standards/**',
    to: ['plan/build.js', 'plan/types.js'],
    why: 'the standards re-run the pure planner, still in plan/',
    until: 'planChanges moves into resources/',
  },
  {
    from: 'src/report/**',
    to: ['plan/types.js'],
    why: 'the plan and apply renderers read Change and Plan, still in plan/',
    until: 'the change types move into resources/',
  },
]);

export const FOLDERS = Object.freeze(Object.keys(LAYERS));
