import type { PortalInfo } from '../portal/read.js';
import type { kindsAsRead } from './registry.js';

/** The readers of the registered kinds (each kind's `read`, src/resources/<kind>/read.ts). */
type Reader = NonNullable<(typeof kindsAsRead)[number]['read']>;

/** Every slice of the portal state, keyed by section: what each kind's reader parses. */
export type PortalSections = { [R in Reader as R['section']]: ReturnType<R['parse']> };

/** A section of the portal state: pipelines, statuses, userFields, openLines … */
export type PortalSection = keyof PortalSections;

/**
 * What b24cfg knows about a portal's configuration after one read (src/resources/read-state.ts):
 * normalised from the raw REST shapes by each kind's reader (numbers are numbers, Y/N are booleans,
 * keys are camelCase).
 */
export interface PortalState extends PortalSections {
  info: PortalInfo;
  /** Sections that could not be read (missing scope, module not installed), with the reason code. */
  unreadable: Partial<Record<PortalSection, string>>;
  /** Stable hash of everything above except `info`. */
  fingerprint: string;
}

export type { PortalInfo };
