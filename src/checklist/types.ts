import type { Text } from '../core/i18n.js';

/**
 * The handover checklist: every manual item of a plan (robots, tasks, triggers, tunnels, required
 * fields, e-mail templates, quick answers, KPI recipients, permissions, the sales plan, structure
 * differences), arranged in the order a consultant works through Bitrix24 once: structure first,
 * then e-mail templates (robots send them), then each pipeline screen by screen, then the rest.
 * Every text is bilingual; the renderers pick the language.
 */
export interface ChecklistField {
  label: Text;
  value: Text;
}

export interface ChecklistBody {
  label: Text;
  /** Plain text to type or paste. */
  text: string;
  /** The original markup (e-mail HTML), offered next to the text. */
  source?: string;
  /** Where the text came from (a spec file), for the consultant to open. */
  file?: string;
}

export interface ChecklistItem {
  /** The id of the plan's manual change this item carries out. */
  id: string;
  title: Text;
  fields: ChecklistField[];
  bodies: ChecklistBody[];
  /** E.g. a person named here has no account on the portal yet. */
  warnings: Text[];
  /** Why REST cannot do it. */
  reason: Text;
  /**
   * With `--crm-settings`: what the CRM settings archive shows for this item — each difference from
   * the spec, or why the archive cannot show it. Items the archive shows as done are not listed.
   */
  archive?: { status: 'differs' | 'not_in_archive' | 'unprovable'; notes: Text[] };
}

export interface ChecklistGroup {
  /** Absent when the section has one group of the same name. */
  title?: Text;
  /** Where to click, when it differs from the section's. */
  where?: Text;
  items: ChecklistItem[];
}

export interface ChecklistSection {
  id: string;
  title: Text;
  /** Where to click in Bitrix24 for everything in this section. */
  where: Text;
  groups: ChecklistGroup[];
}

/** The CRM settings archive a checklist was checked against. */
export interface ChecklistArchive {
  file: string;
  /** "archive of 2026-12-01, 3 days old". */
  age: Text;
  /** Items the archive shows as done, left out of the list. */
  matched: number;
  /** What is set up only on the portal, not in the spec: "Pipeline / Stage: robot «…»". */
  portalOnly: Text[];
}

export interface Checklist {
  client?: string;
  portal?: string;
  specFile: string;
  generatedAt: string;
  sections: ChecklistSection[];
  /** Number of items, i.e. of manual changes covered. */
  total: number;
  archive?: ChecklistArchive;
}
