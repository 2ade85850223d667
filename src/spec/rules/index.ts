import { colorFormat } from './color-format.js';
import { deadlineVariant } from './deadline-variant.js';
import { dictCodeFormat } from './dict-code-format.js';
import { documentRefs } from './document-refs.js';
import { durationFormat } from './duration-format.js';
import { emailTemplateBody } from './email-template-body.js';
import { emailTemplateRefs } from './email-template-refs.js';
import { fieldCodeFormat } from './field-code-format.js';
import { fieldItems } from './field-items.js';
import { fieldSettings } from './field-settings.js';
import { listDefaults } from './list-defaults.js';
import { numeratorRefs } from './numerator-refs.js';
import { openLineKpi } from './open-line-kpi.js';
import { protectKeys } from './protect-keys.js';
import { roleRefs } from './role-refs.js';
import { singleSuccessStage } from './single-success-stage.js';
import { stageCodeFormat } from './stage-code-format.js';
import { stageCodeLength } from './stage-code-length.js';
import { stageCodeUnique } from './stage-code-unique.js';
import { stageFieldRefs } from './stage-field-refs.js';
import { taskComplete } from './task-complete.js';
import { tunnelTarget } from './tunnel-target.js';
import type { SpecRule } from './types.js';
import { uniqueKeys } from './unique-keys.js';

/** Every semantic rule, sorted by id (test/spec/rules/registry.test.ts keeps it sorted and complete). */
export const SPEC_RULES: readonly SpecRule[] = [
  colorFormat,
  deadlineVariant,
  dictCodeFormat,
  documentRefs,
  durationFormat,
  emailTemplateBody,
  emailTemplateRefs,
  fieldCodeFormat,
  fieldItems,
  fieldSettings,
  listDefaults,
  numeratorRefs,
  openLineKpi,
  protectKeys,
  roleRefs,
  singleSuccessStage,
  stageCodeFormat,
  stageCodeLength,
  stageCodeUnique,
  stageFieldRefs,
  taskComplete,
  tunnelTarget,
  uniqueKeys,
] as SpecRule[];
