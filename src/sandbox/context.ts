/**
 * What a method handler receives besides its params: the live state, the portal clock, who is calling
 * and a way to print dates the way the portal does. Handlers are plain functions over this context;
 * they throw RestError for documented failures and return the method's result.
 */
import type { Clock } from './clock.js';
import { isoWithOffset } from './dates.js';
import type { Params } from './values.js';
import type { SandboxState } from './state.js';

/**
 * What lives as long as one HTTP request (a whole batch shares it), like PHP's statics and globals on
 * a portal: a cache that a later command of the same batch still sees, and $APPLICATION's exception.
 */
export interface RequestScope {
  /**
   * CCrmStatusRestProxy::$ENTITY_TYPES: filled by the first crm.status.add (or crm.status.entity.types)
   * of the request and never refreshed, so a pipeline created later in the same batch is not in it
   * (docs/bitrix24/parity.md#status-entity-types-cache).
   */
  statusEntityTypes?: readonly string[];
  /**
   * $APPLICATION's exception, set by a failed check of the main module (CAdminException) and never
   * reset: every later error of the request takes its code and text
   * (docs/bitrix24/parity.md#batch-process-exception).
   */
  appException?: { code: string; description: string };
  /** Config::get of the open lines keeps what it read in a static cache for the request. */
  openLineGets?: Map<string, unknown>;
  /**
   * The address of the server that took the request (the HTTP host's own, `http://127.0.0.1:<port>`),
   * which a portal answers as its SERVER_ADDRESS when no public URL is set
   * (docs/bitrix24/portal-identity.md#server-address).
   */
  serverAddress?: string;
}

export interface HandlerContext {
  state: SandboxState;
  /** Scratch space of the current HTTP request. */
  request: RequestScope;
  clock: Clock;
  /** The webhook's user (docs/bitrix24/parity.md#system: the webhook acts as this user). */
  userId: number;
  scopes: readonly string[];
  licence: string;
  /** ISO 8601 in the portal's offset. */
  iso: (ms: number) => string;
  /** Called by every handler that changed the state (drives persistence and caches). */
  changed: () => void;
  /** Grows with every change; part of list cache keys. */
  revision: () => number;
  /** For method.get: whether a method exists on this portal and whether the webhook may call it. */
  describeMethod: (name: string) => { isExisting: boolean; isAvailable: boolean };
  allScopes: readonly string[];
}

export interface MethodResult {
  result: unknown;
  total?: number;
  next?: number;
}

export type Handler = (params: Params, ctx: HandlerContext) => MethodResult;

export interface MethodDef {
  name: string;
  /** Any of these scopes grants the method; null = basic methods every webhook may call. */
  scopes: readonly string[] | null;
  /** Writes change the state; the operating-time model charges them more. */
  write: boolean;
  handler: Handler;
}

export function makeIso(state: SandboxState): (ms: number) => string {
  return (ms) => isoWithOffset(ms, state.settings.utcOffsetMinutes);
}

export function ok(result: unknown, total?: number, next?: number): MethodResult {
  return { result, total, next };
}
