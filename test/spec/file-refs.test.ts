import { describe, expect, it } from 'vitest';
import { loadSpec } from '../../src/spec/index.js';
import { places, tmpTree } from './helpers.js';

describe('files named by the spec', () => {
  it('rebases document and e-mail body paths on the root spec folder', async () => {
    const dir = await tmpTree({
      'shared/base.yaml': `version: 1
documents: [ { name: Договор, file: docs/contract.docx } ]
email_templates: [ { key: kp, title: КП, subject: КП, body_file: ../mail/kp.html } ]
`,
      'shared/docs/contract.docx': 'docx',
      'mail/kp.html': '<p>КП</p>',
      'clients/acme/spec.yaml': 'version: 1\nextends: ../../shared/base.yaml\n',
    });
    const r = await loadSpec('clients/acme/spec.yaml', { env: {}, cwd: dir });
    expect(r.problems).toEqual([]);
    expect(r.spec!.documents![0]!.file).toBe('../../shared/docs/contract.docx');
    expect(r.spec!.email_templates![0]!.body_file).toBe('../../mail/kp.html');
  });

  it('reports a missing file where its path was written', async () => {
    const dir = await tmpTree({
      'spec.yaml': 'version: 1\ndocuments:\n  - { name: Счёт, file: docs/invoice.docx }\n',
    });
    const r = await loadSpec('spec.yaml', { env: {}, cwd: dir });
    expect(places(r.problems)).toEqual(['file-ref spec.yaml:3:25']);
    expect(r.problems[0]!.hint!.en).toContain('docs/invoice.docx');
  });
});
