import type { OpenLine, Spec } from '../../spec/spec.generated.js';
import type { SpecExport } from '../spec-export.js';
import type { PortalOpenLine } from './read.js';

/** Seconds → the shortest exact duration string (900 → "15m", 7200 → "2h"). */
export function durationOf(seconds: number): string | number {
  if (seconds > 0 && seconds % 86400 === 0) return `${seconds / 86400}d`;
  if (seconds > 0 && seconds % 3600 === 0) return `${seconds / 3600}h`;
  if (seconds > 0 && seconds % 60 === 0) return `${seconds / 60}m`;
  return `${seconds}s`;
}

/** `open_lines:`, each bound by name in the state file; queue members become roles. */
export function openLinesToSpec(lines: readonly PortalOpenLine[], x: SpecExport): Partial<Spec> {
  if (!x.sections.has('open_lines') || x.state.unreadable.openLines) return {};
  return {
    open_lines: lines.map((l) => {
      x.binding.openLines[l.name] = { id: l.id, lastName: l.name };
      return lineToSpec(l, x);
    }),
  };
}

function lineToSpec(l: PortalOpenLine, x: SpecExport): OpenLine {
  const line: OpenLine = {
    name: l.name,
    active: l.active,
    crm: { enabled: l.crm, create: l.crmCreate, forward_to_responsible: l.crmForward },
    queue: {
      type: l.queueType,
      users: l.queue.map((id) => x.roles.roleOf(id)),
      time: durationOf(l.queueTime),
      no_answer_time: durationOf(l.noAnswerTime),
      check_available: l.checkAvailable,
    },
    kpi: {
      first_answer: durationOf(l.kpiFirstAnswerTime),
      further_answer: durationOf(l.kpiFurtherAnswerTime),
      // The spec has one alert switch for both KPIs: written only when the portal's two agree.
      alert: l.kpiFirstAnswerAlert === l.kpiFurtherAnswerAlert ? l.kpiFirstAnswerAlert : undefined,
      check_operator_activity: l.kpiCheckOperatorActivity,
    },
  };
  if (l.crmSource) line.crm!.source = l.crmSource;
  // A spec's greeting is one that is sent: a text kept behind a switched-off greeting is not written.
  if (l.welcomeMessage && l.welcomeOn !== false) line.welcome_message = l.welcomeMessage;
  return line;
}
