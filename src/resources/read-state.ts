import { fingerprintOf } from '../core/hash.js';
import type { B24Client, BatchItemResult } from '../portal/client.js';
import { readSections, type SectionAnswers } from '../portal/read.js';
import { readOn } from './read-on.js';
import type { ReadContext } from './reader.js';
import { stateReaders } from './registry.js';
import type { Spec } from '../spec/spec.generated.js';
import type { PortalSection, PortalSections, PortalState } from './state.js';

type FirstAnswer = (key: string) => BatchItemResult | undefined;

export interface ReadOptions {
  /** Label languages to read for user fields (each is one list call per entity). Default ru, en. */
  languages?: readonly string[];
  /** The spec's user fields, when the read is for a plan (ReadContext.fields). */
  fields?: Spec['fields'];
  /** Sections to read; default all. */
  sections?: readonly PortalSection[];
  now?: () => Date;
}

/**
 * Reads everything the spec manages: every kind's read calls in one batch request, plus one more for
 * further pages and follow-ups (src/portal/read.ts), plus what a list that cannot count itself needs
 * (src/resources/read-on.ts), each kind's answers parsed by its own reader.
 * Sections left out are empty and marked "not-read".
 */
export async function readPortalState(client: B24Client, opts: ReadOptions = {}): Promise<PortalState> {
  const wanted = new Set<string>(opts.sections ?? stateReaders.map((r) => r.section));
  const ctx: ReadContext = {
    languages: [...new Set(opts.languages ?? ['ru', 'en'])],
    ...(opts.fields !== undefined ? { fields: opts.fields } : {}),
  };
  const readers = stateReaders.filter((r) => wanted.has(r.section));
  const read = await readSections(
    client,
    readers.map((r) => {
      const followUps = r.followUps;
      return {
        section: r.section,
        calls: r.calls(ctx),
        ...(followUps ? { followUps: (first: FirstAnswer) => followUps(first, ctx) } : {}),
      };
    }),
    { now: opts.now },
  );
  const answers = new Map<string, SectionAnswers>();
  for (const r of readers) answers.set(r.section, await readOn(client, r, ctx, read.answers(r.section)));
  // Each reader parses its own answers (none for a section not read): the state's keys keep the
  // readers' order, and the registry gives every section a reader, so the object is whole.
  const body = Object.fromEntries(
    stateReaders.map((r) => [r.section, r.parse(answers.get(r.section) ?? read.answers(r.section), ctx)]),
  ) as unknown as PortalSections;
  const unreadable: Record<string, string> = { ...read.unreadable };
  for (const r of stateReaders) if (!wanted.has(r.section)) unreadable[r.section] = 'not-read';
  return {
    info: read.info,
    ...body,
    unreadable,
    fingerprint: fingerprintOf({ ...body, unreadable }),
  };
}

/** Recomputes the fingerprint after the state was edited in memory (tests, sandbox seeding). */
export function refingerprint(state: Omit<PortalState, 'fingerprint'>): PortalState {
  const { info: _info, ...body } = state;
  return { ...state, fingerprint: fingerprintOf(body) };
}
