import type { CommandFactory } from '../app.js';
import { applyCommand } from './apply/index.js';
import { checklistCommand } from './checklist/index.js';
import { attestCommand } from './attest/index.js';
import { auditCommand } from './audit/index.js';
import { doctorCommand } from './doctor/index.js';
import { exportCommand } from './export/index.js';
import { fleetCommand } from './fleet/index.js';
import { initCommand } from './init/index.js';
import { planCommand } from './plan/index.js';
import { profileCommand } from './profile/index.js';
import { restoreCommand } from './restore/index.js';
import { schemaCommand } from './schema/index.js';
import { validateCommand } from './validate/index.js';
import { sandboxCommand } from './sandbox/index.js';

/**
 * Every registered command really works; a command is added here only together with its tests.
 * Keep the list in the order `b24cfg --help` should show it.
 */
export const commandFactories: CommandFactory[] = [
  validateCommand,
  schemaCommand,
  initCommand,
  exportCommand,
  planCommand,
  applyCommand,
  checklistCommand,
  restoreCommand,
  auditCommand,
  attestCommand,
  doctorCommand,
  fleetCommand,
  profileCommand,
  sandboxCommand,
];
