import type { Command } from 'commander';
import { resolve } from 'node:path';
import type { CrmSettingsFacts } from '../portal/crm-settings/types.js';
import type { CliApp } from './app.js';
import type { CliContext } from './context.js';
import { CRM_SETTINGS_HELP } from './crm-settings-messages.js';

/** What commander collects from `--crm-settings`. */
export interface CrmSettingsOptionValues {
  crmSettings?: string;
}

/** Adds `--crm-settings <archive>` (docs/bitrix24/crm-settings-archive.md) to a command. */
export function addCrmSettingsOption(cmd: Command, app: CliApp): Command {
  return cmd.option('--crm-settings <archive>', app.h(CRM_SETTINGS_HELP.option));
}

/**
 * Reads the archive named by `--crm-settings`, relative to the working folder, before any portal is
 * opened: a damaged or unknown archive stops the command before it costs a request. The reader is
 * imported lazily, so commands without the option never load the zip library.
 */
export async function readCrmSettingsOption(
  ctx: CliContext,
  values: CrmSettingsOptionValues,
): Promise<CrmSettingsFacts | undefined> {
  if (values.crmSettings === undefined) return undefined;
  const { readCrmSettings } = await import('../portal/crm-settings/read.js');
  return readCrmSettings(resolve(ctx.cwd, values.crmSettings), { shownAs: values.crmSettings });
}
