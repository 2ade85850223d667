import type { Binding } from '../../portal/state-file.js';
import type { KindBindings } from '../bind.js';
import { desiredPipelines, matchPipelines } from './diff.js';

declare module '../../portal/state-file.js' {
  interface BindingSections {
    pipelines: Record<string, Binding>;
  }
}

/** Every direction the spec names, bound by its key to the pipeline it matched (pipeline 0 is always `default`). */
export const pipelineBindings: KindBindings = {
  section: 'pipelines',
  afterApply: (next, state, spec, previous) => {
    next.pipelines = { ...previous.pipelines };
    for (const m of matchPipelines(state, previous, desiredPipelines(spec))) {
      if (m.portal && m.portal.id !== 0)
        next.pipelines[m.desired.key] = { id: m.portal.id, lastName: m.portal.name };
    }
  },
};
