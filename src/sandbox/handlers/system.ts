/**
 * Basic methods every webhook may call (scope, app.info, method.get, server.time) plus
 * crm.settings.mode.get, and the app-only methods a webhook is refused (docs/bitrix24/parity.md#system).
 */
import { type MethodDef, ok } from '../context.js';
import { RestError } from '../rest-error.js';
import { asText, isYes, param } from '../values.js';

/** Application-only methods answer a webhook with 403 ACCESS_DENIED (docs/bitrix24/parity.md#system). */
const APP_ONLY = [
  'bizproc.workflow.template.add',
  'bizproc.workflow.template.update',
  'bizproc.workflow.template.delete',
  'bizproc.robot.add',
  'bizproc.robot.update',
  'bizproc.robot.delete',
  'bizproc.robot.list',
  'crm.automation.trigger.add',
  'crm.automation.trigger.list',
  'crm.automation.trigger.delete',
  'crm.automation.trigger.execute',
];

export const systemMethods: MethodDef[] = [
  {
    name: 'scope',
    scopes: null,
    write: false,
    // Without parameters: the webhook's scopes; with full=true: every scope of the portal (docs/bitrix24/parity.md#system).
    handler: (params, ctx) => ok(isYes(param(params, 'full')) ? [...ctx.allScopes] : [...ctx.scopes]),
  },
  {
    name: 'app.info',
    scopes: null,
    write: false,
    // A webhook gets {SCOPE, LICENSE}, not the application record (docs/bitrix24/parity.md#system).
    handler: (_p, ctx) => ok({ SCOPE: [...ctx.scopes], LICENSE: ctx.licence }),
  },
  {
    name: 'method.get',
    scopes: null,
    write: false,
    handler: (params, ctx) => ok(ctx.describeMethod(asText(param(params, 'name')) ?? '')),
  },
  { name: 'server.time', scopes: null, write: false, handler: (_p, ctx) => ok(ctx.iso(ctx.clock.now())) },
  {
    name: 'crm.settings.mode.get',
    scopes: ['crm'],
    write: false,
    handler: (_p, ctx) => ok(ctx.state.settings.crmMode),
  },
  {
    name: 'bizproc.workflow.template.list',
    scopes: ['bizproc'],
    write: false,
    handler: (_p, ctx) => {
      const admin = ctx.state.users.find((u) => u.id === ctx.userId)?.isAdmin === true;
      if (!admin) throw new RestError(403, 'ACCESS_DENIED', 'Access denied!');
      // The sandbox keeps no business-process templates; robot templates are never listed anyway (docs/bitrix24/parity.md#system).
      return ok([], 0);
    },
  },
  ...APP_ONLY.map((name): MethodDef => ({
    name,
    scopes: [name.startsWith('crm.') ? 'crm' : 'bizproc'],
    write: true,
    handler: () => {
      throw new RestError(403, 'ACCESS_DENIED', 'Access denied! Application context required');
    },
  })),
];
