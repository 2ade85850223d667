import { expect } from 'vitest';
import { createVirtualClock } from '../../src/sandbox/clock.js';
import { createEmulator, type Emulator, type EmulatorOptions } from '../../src/sandbox/emulator.js';
import type { SbDeal } from '../../src/sandbox/state.js';

/** 2026-01-15 12:00 Moscow time: the "now" of every sandbox test. */
export const NOW = Date.UTC(2026, 0, 15, 9, 0, 0);

export function emulator(
  opts: EmulatorOptions = {},
): Emulator & { clock: ReturnType<typeof createVirtualClock> } {
  const clock = createVirtualClock(NOW);
  return createEmulator({ clock, ...opts }) as Emulator & { clock: ReturnType<typeof createVirtualClock> };
}

/** REST answers are loosely typed JSON in tests (the no-unsafe-* rules are off for test files). */
export type Json = ReturnType<typeof JSON.parse>;

export interface Answer {
  status: number;
  body: Json;
}

export async function call(
  em: Emulator,
  method: string,
  params: Record<string, unknown> = {},
): Promise<Answer> {
  const res = await em.handle({ method, params: JSON.parse(JSON.stringify(params)) });
  return { status: res.status, body: res.body };
}

/** Calls and expects success; returns `result`. */
export async function ok(em: Emulator, method: string, params: Record<string, unknown> = {}): Promise<Json> {
  const a = await call(em, method, params);
  expect(a.status, `${method}: ${JSON.stringify(a.body)}`).toBe(200);
  return a.body.result;
}

/** Calls and expects an error; returns {status, error, description}. */
export async function fail(
  em: Emulator,
  method: string,
  params: Record<string, unknown> = {},
): Promise<{ status: number; error: unknown; description: string }> {
  const a = await call(em, method, params);
  expect(a.status, `${method} should fail: ${JSON.stringify(a.body)}`).not.toBe(200);
  return { status: a.status, error: a.body.error, description: a.body.error_description };
}

/** A deal record for tests that need deals on a stage. */
export function dealStub(): SbDeal {
  return {
    id: 0,
    title: 'Сделка',
    typeId: 'SALE',
    categoryId: 0,
    stageId: 'NEW',
    opportunity: 1000,
    currencyId: 'RUB',
    isManualOpportunity: false,
    assignedById: 3,
    createdById: 3,
    dateCreate: Date.UTC(2025, 11, 1),
    dateModify: Date.UTC(2025, 11, 1),
    beginDate: Date.UTC(2025, 11, 1),
    closeDate: null,
    closed: false,
    contactId: null,
    companyId: null,
    sourceId: 'CALL',
    leadId: null,
    uf: {},
  };
}
