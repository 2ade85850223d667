import type { KindDescription } from '../kind.js';
import { lastName, words } from '../describe-helpers.js';
import { documentsGroup } from '../numerators/describe.js';
import { DOCUMENT_MESSAGES as M } from './messages.js';
import type { DocumentChange } from './types.js';

export const describeDocuments: KindDescription<DocumentChange> = {
  headline: (c, lang) =>
    c.op === 'rename'
      ? words(M.headlineRename, lang, { from: c.from, to: c.to })
      : words(M.headline, lang, { name: lastName(c) }),
  group: (_c, lang) => documentsGroup(lang),
  kept: { documentTemplate: { one: M.keptOne, many: M.keptMany } },
};
