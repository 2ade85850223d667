// Rewrites standards/SD-NN.md and standards/README.md from the standards' meta.
// Run after a build: npm run build && node scripts/gen-standards-docs.mjs
// (test/standards/docs.test.ts checks that the files still match; it can also rewrite them with
// B24CFG_UPDATE_STANDARDS_DOCS=1.)
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const { STANDARDS } = await import(join(root, 'dist/standards/registry.js'));
const { renderStandardDoc, renderStandardsIndex, standardDocName } = await import(
  join(root, 'dist/standards/docs.js')
);
for (const s of STANDARDS)
  await writeFile(join(root, 'standards', standardDocName(s.meta)), renderStandardDoc(s.meta));
await writeFile(join(root, 'standards', 'README.md'), renderStandardsIndex(STANDARDS));
console.log(`standards/: ${STANDARDS.length} docs and the index written`);
