// The layers of src/ (docs/architecture.md): which folder may import which. One table, read by
// eslint.config.js (a wrong import fails `npm run lint`) and by test/architecture/layers.test.ts (the
// folder import graph has only these edges and no cycle, dynamic imports included).

/** Folder → the folders it may import (besides itself). Imports run one way: down this list. */
export const LAYERS = Object.freeze({
  cli: [
    'fleet',
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
  // Use cases. fleet runs the audit and plan use cases for many portals at once.
  fleet: ['audit', 'plan', 'report', 'standards', 'resources', 'portal', 'spec', 'core'],
  // apply re-plans (plan), restores through an export (export); audit labels like plan does.
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
 * Imports the table does not allow, file by file: `to` lists the files (paths inside src/) that `from`
 * may import anyway, and why. A temporary one says `until` what change it ends with; the graph test
 * (test/architecture/layers.test.ts) fails on an exception nothing uses any more.
 */
export const EXCEPTIONS = Object.freeze([
  {
    from: 'src/portal/sandbox-adapter.ts',
    to: ['sandbox/index.js'],
    why: 'the one module through which production code reaches the sandbox',
  },
]);

export const FOLDERS = Object.freeze(Object.keys(LAYERS));
