import { defineErrors } from '../../core/catalogue.js';
import { EXIT } from '../../core/exit-codes.js';

/** Errors of the emulated portal's handwork: the pipeline or stage a robot is put on must exist. */
export const HANDWORK_ERRORS = defineErrors({
  SANDBOX_HANDWORK_NO_PIPELINE: {
    exit: EXIT.findings,
    message: {
      ru: 'на учебном портале нет направления с id {pipelineId}',
      en: 'the sandbox portal has no pipeline with id {pipelineId}',
    },
    hint: {
      ru: 'Сначала примените спецификацию: b24cfg apply b24cfg.yaml --portal sandbox:{state} --yes',
      en: 'Apply the spec first: b24cfg apply b24cfg.yaml --portal sandbox:{state} --yes',
    },
  },
  SANDBOX_HANDWORK_NO_STAGE: {
    exit: EXIT.findings,
    message: {
      ru: 'в направлении {pipelineId} учебного портала нет стадии {stage}',
      en: 'pipeline {pipelineId} of the sandbox portal has no stage {stage}',
    },
    hint: {
      ru: 'Сначала примените спецификацию: b24cfg apply b24cfg.yaml --portal sandbox:{state} --yes',
      en: 'Apply the spec first: b24cfg apply b24cfg.yaml --portal sandbox:{state} --yes',
    },
  },
});
