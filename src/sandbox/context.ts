/**
 * What a method handler receives besides its params: the live state, the portal clock, who is calling
 * and a way to print dates the way the portal does. Handlers are plain functions over this context;
 * they throw RestError for documented failures and return the method's result.
 */
import type { Clock } from './clock.js';
import { isoWithOffset } from './dates.js';
import type { Params } from './values.js';
import type { SandboxState } from './state.js';

export interface HandlerContext {
  state: SandboxState;
  clock: Clock;
  /** The webhook's user (rest-map §14: the webhook acts as this user). */
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
