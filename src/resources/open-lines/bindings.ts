import type { Binding } from '../../portal/state-file.js';
import { bind, syncNamed, unbind, type KindBindings } from '../bind.js';
import { matchNamed } from '../named-match.js';
import { desiredLines } from './diff.js';

declare module '../../portal/state-file.js' {
  interface BindingSections {
    openLines: Record<string, Binding>;
  }
}

/** Open lines have no writable key (docs/bitrix24/open-lines.md#natural-key): bound by spec name. */
export const openLineBindings: KindBindings = {
  section: 'openLines',
  record: (next, c) => {
    if (c.method === 'imopenlines.config.add') {
      // config.add answers the new line's id itself.
      const id = Number(c.result);
      if (c.name !== undefined && Number.isInteger(id) && id > 0)
        bind(next, 'openLines', c.name, { id, lastName: c.name });
    }
    if (c.method === 'imopenlines.config.delete') unbind(next, 'openLines', Number(c.params.CONFIG_ID));
  },
  afterApply: (next, state, spec, previous) =>
    syncNamed(
      next,
      'openLines',
      state,
      'openLines',
      state.openLines,
      matchNamed(state.openLines, previous.openLines, desiredLines(spec)),
    ),
};
