import type { Standard } from './types.js';
import { sd01 } from './sd-01-sales-plan.js';
import { sd02 } from './sd-02-directions.js';
import { sd03 } from './sd-03-stages.js';
import { sd04 } from './sd-04-stage-tasks.js';
import { sd05 } from './sd-05-task-deadlines.js';
import { sd06 } from './sd-06-supervisors.js';
import { sd07 } from './sd-07-overdue-tasks.js';
import { sd08 } from './sd-08-stage-fields.js';
import { sd09 } from './sd-09-nps.js';
import { sd10 } from './sd-10-repeat-tunnel.js';
import { sd11 } from './sd-11-loss-reasons.js';
import { sd12 } from './sd-12-loss-review.js';
import { sd13 } from './sd-13-no-deletion.js';
import { sd14 } from './sd-14-end-to-end-analytics.js';
import { sd15 } from './sd-15-call-tracking.js';
import { sd16 } from './sd-16-call-recording.js';
import { sd17 } from './sd-17-email-in-crm.js';
import { sd18 } from './sd-18-planned-calls.js';
import { sd19 } from './sd-19-calendar-control.js';
import { sd20 } from './sd-20-calendar-sync.js';
import { sd21 } from './sd-21-open-lines-crm.js';
import { sd22 } from './sd-22-chat-kpi.js';
import { sd23 } from './sd-23-email-templates.js';
import { sd24 } from './sd-24-quick-answers.js';
import { sd25 } from './sd-25-client-notifications.js';
import { sd26 } from './sd-26-email-triggers.js';
import { sd27 } from './sd-27-commercial-proposal.js';
import { sd28 } from './sd-28-contract.js';
import { sd29 } from './sd-29-invoice.js';
import { sd30 } from './sd-30-segments.js';
import { sd31 } from './sd-31-nurture.js';
import { sd32 } from './sd-32-activity-report.js';
import { sd33 } from './sd-33-deals-report.js';

/**
 * The 33 standards of the pack, sorted by id (ESLint keeps its rule index sorted the same way; the
 * docs test checks the order and that each has standards/SD-NN.md).
 */
export const STANDARDS: readonly Standard[] = [
  sd01,
  sd02,
  sd03,
  sd04,
  sd05,
  sd06,
  sd07,
  sd08,
  sd09,
  sd10,
  sd11,
  sd12,
  sd13,
  sd14,
  sd15,
  sd16,
  sd17,
  sd18,
  sd19,
  sd20,
  sd21,
  sd22,
  sd23,
  sd24,
  sd25,
  sd26,
  sd27,
  sd28,
  sd29,
  sd30,
  sd31,
  sd32,
  sd33,
];

export function findStandard(id: string): Standard | undefined {
  return STANDARDS.find((s) => s.meta.id === id.toUpperCase());
}
