import { fill, type Text } from '../core/i18n.js';
import type { ManualCheck } from '../resources/manual-archive/check.js';
import type { ManualChange } from '../resources/plan.js';
import { resolvedText } from '../resources/plan-text.js';
import type { Spec } from '../spec/spec.generated.js';
import { archiveFilterOf } from './archive.js';
import { ItemFiller } from './fill.js';
import { CHECKLIST_HEADINGS as H, CHECKLIST_WHERE as WHERE } from './messages.js';
import type { Checklist, ChecklistGroup, ChecklistItem, ChecklistSection } from './types.js';

export interface ChecklistInput {
  spec: Spec;
  specFile: string;
  /** The plan's manual changes (or, without a portal, those of the spec alone). */
  manual: readonly ManualChange[];
  /** E-mail bodies by `body_file` as written in the spec (relative to the spec folder). */
  bodies: ReadonlyMap<string, string>;
  /** With a portal: its host and the roles whose e-mail it does not know. */
  portal?: { host: string; unknownRoles: ReadonlySet<string> };
  /** With `--crm-settings`: the items the archive shows as done are left out. */
  check?: ManualCheck;
  now: Date;
}

/** Builds the checklist: one item per manual change, placed where the consultant meets it. */
export function buildChecklist(input: ChecklistInput): Checklist {
  const b = new Builder(input);
  const archive = input.check ? archiveFilterOf(input.check) : undefined;
  for (const c of input.manual) if (!archive || archive.keeps(c.id)) b.place(c, archive?.noteOf(c.id));
  const sections = b.sections();
  return {
    client: input.spec.client,
    portal: input.portal?.host,
    specFile: input.specFile,
    generatedAt: input.now.toISOString(),
    sections,
    total: sections.reduce((n, s) => n + s.groups.reduce((m, g) => m + g.items.length, 0), 0),
    ...(archive ? { archive: archive.summary } : {}),
  };
}

interface Placed {
  section: string;
  sectionOrder: number[];
  group: string;
  groupOrder: number[];
  groupTitle?: Text;
  groupWhere?: Text;
  itemOrder: number[];
  item: ChecklistItem;
}

const SECTION_ORDER = ['structure', 'email', 'direction', 'openLines', 'permissions', 'salesPlan', 'other'];

class Builder {
  private placed: Placed[] = [];
  private sectionMeta = new Map<string, { title: Text; where: Text }>();
  private readonly fill: ItemFiller;

  constructor(private readonly input: ChecklistInput) {
    this.fill = new ItemFiller(input.spec, input.bodies, input.portal);
  }

  private get spec(): Spec {
    return this.input.spec;
  }

  place(c: ManualChange, archive?: ChecklistItem['archive']): void {
    const p = c.specPointer ?? '';
    const item: ChecklistItem = {
      id: c.id,
      title: resolvedText(c.summary),
      fields: [],
      bodies: [],
      warnings: [],
      reason: resolvedText(c.reason),
      ...(archive ? { archive } : {}),
    };
    let m: RegExpExecArray | null;
    if ((m = /^\/directions\/(\d+)\/(stages\/(\d+)|won|lost)\/(.+)$/.exec(p))) {
      this.placeDirection(
        item,
        Number(m[1]),
        m[2] as string,
        m[3] === undefined ? undefined : Number(m[3]),
        m[4] as string,
      );
    } else if ((m = /^\/email_templates\/(\d+)$/.exec(p))) {
      const tpl = this.spec.email_templates?.[Number(m[1])];
      if (tpl) this.fill.emailTemplate(item, tpl);
      this.add('email', [0], 'email', [0], undefined, undefined, [Number(m[1])], item);
    } else if ((m = /^\/open_lines\/(\d+)\/(.+)$/.exec(p))) {
      const i = Number(m[1]);
      const line = this.spec.open_lines?.[i];
      const isKpi = (m[2] as string).startsWith('kpi');
      if (line) this.fill.openLine(item, line, isKpi);
      const name = line?.name ?? String(i);
      this.add(
        'openLines',
        [0],
        `line:${i}`,
        [i],
        fill(H.line, { name }),
        isKpi ? fill(WHERE.kpi, { line: name }) : fill(WHERE.quickAnswers, { line: name }),
        [isKpi ? 1 : 0],
        item,
      );
    } else if ((m = /^\/permissions\/roles\/(\d+)$/.exec(p))) {
      const role = this.spec.permissions?.roles?.[Number(m[1])];
      if (role) this.fill.role(item, role);
      this.add('permissions', [0], 'roles', [0], undefined, undefined, [Number(m[1])], item);
    } else if (p === '/sales_plan') {
      this.fill.salesPlan(item);
      this.add('salesPlan', [0], 'plan', [0], undefined, undefined, [0], item);
    } else if (c.kind === 'department' || p.startsWith('/departments') || p.startsWith('/users/')) {
      this.add('structure', [0], 'structure', [0], undefined, undefined, [this.placed.length], item);
    } else {
      this.add('other', [0], 'other', [0], undefined, undefined, [this.placed.length], item);
    }
  }

  sections(): ChecklistSection[] {
    const ordered = [...this.placed].sort(
      (a, b) =>
        SECTION_ORDER.indexOf(a.section.split(':')[0] as string) -
          SECTION_ORDER.indexOf(b.section.split(':')[0] as string) ||
        cmp(a.sectionOrder, b.sectionOrder) ||
        cmp(a.groupOrder, b.groupOrder) ||
        cmp(a.itemOrder, b.itemOrder),
    );
    const out: ChecklistSection[] = [];
    let section: ChecklistSection | undefined;
    let group: ChecklistGroup | undefined;
    let groupKey = '';
    for (const p of ordered) {
      if (!section || section.id !== p.section) {
        const meta = this.meta(p.section);
        section = { id: p.section, title: meta.title, where: meta.where, groups: [] };
        out.push(section);
        group = undefined;
      }
      if (!group || groupKey !== p.group) {
        group = { title: p.groupTitle, where: p.groupWhere, items: [] };
        groupKey = p.group;
        section.groups.push(group);
      }
      group.items.push(p.item);
    }
    return out;
  }

  private meta(section: string): { title: Text; where: Text } {
    const known = this.sectionMeta.get(section);
    if (known) return known;
    switch (section) {
      case 'structure':
        return { title: H.structure, where: WHERE.structure };
      case 'email':
        return { title: H.email, where: WHERE.emailTemplates };
      case 'openLines':
        return { title: H.openLines, where: WHERE.openLines };
      case 'permissions':
        return { title: H.permissions, where: WHERE.permissions };
      case 'salesPlan':
        return { title: H.salesPlan, where: WHERE.salesPlan };
      default:
        return { title: H.other, where: WHERE.other };
    }
  }

  private add(
    section: string,
    sectionOrder: number[],
    group: string,
    groupOrder: number[],
    groupTitle: Text | undefined,
    groupWhere: Text | undefined,
    itemOrder: number[],
    item: ChecklistItem,
  ): void {
    this.placed.push({ section, sectionOrder, group, groupOrder, groupTitle, groupWhere, itemOrder, item });
  }

  // --- directions -----------------------------------------------------------------------------

  private placeDirection(
    item: ChecklistItem,
    di: number,
    part: string,
    si: number | undefined,
    rest: string,
  ): void {
    const dir = this.spec.directions?.[di];
    if (!dir) {
      this.add('other', [0], 'other', [0], undefined, undefined, [this.placed.length], item);
      return;
    }
    const section = `direction:${di}`;
    this.sectionMeta.set(section, {
      title: fill(H.direction, { name: dir.name }),
      where: fill(WHERE.robots, { pipeline: dir.name }),
    });
    const stageCount = dir.stages?.length ?? 0;
    const stageIndex = part === 'won' ? stageCount : part === 'lost' ? stageCount + 1 : (si as number);
    const stageName =
      part === 'won'
        ? (dir.won?.name ?? 'WON')
        : part === 'lost'
          ? (dir.lost?.name ?? 'LOSE')
          : (dir.stages?.[si as number]?.name ?? '?');
    const stageGroup = (order: number) =>
      this.add(
        section,
        [di],
        `stage:${stageIndex}`,
        [0, stageIndex],
        fill(H.stage, { name: stageName }),
        fill(WHERE.stageRobots, { stage: stageName }),
        [order],
        item,
      );
    let m: RegExpExecArray | null;
    if (rest === 'task' || rest === 'supervisor_task') {
      const task =
        part === 'won'
          ? dir.won?.task
          : part === 'lost'
            ? dir.lost?.supervisor_task
            : dir.stages?.[si as number]?.task;
      if (task) this.fill.task(item, task);
      stageGroup(0);
    } else if ((m = /^robots\/(\d+)$/.exec(rest))) {
      const k = Number(m[1]);
      const list =
        part === 'won'
          ? dir.won?.robots
          : part === 'lost'
            ? dir.lost?.robots
            : dir.stages?.[si as number]?.robots;
      const robot = list?.[k];
      if (robot) this.fill.robot(item, robot);
      stageGroup(1 + k);
    } else if ((m = /^triggers\/(\d+)$/.exec(rest))) {
      const k = Number(m[1]);
      const trigger = dir.stages?.[si as number]?.triggers?.[k];
      if (trigger) this.fill.trigger(item, trigger);
      stageGroup(1000 + k);
    } else if (rest === 'tunnel' && dir.won?.tunnel) {
      this.fill.tunnel(item, dir, dir.won.tunnel);
      this.add(section, [di], 'tunnels', [1], H.tunnels, WHERE.tunnels, [0], item);
    } else if (rest === 'required_fields') {
      this.fill.requiredFields(item, stageName, dir.stages?.[si as number]?.required_fields ?? []);
      this.add(
        section,
        [di],
        'required',
        [2],
        H.requiredByStage,
        fill(WHERE.requiredFields, { pipeline: dir.name }),
        [stageIndex],
        item,
      );
    } else {
      stageGroup(2000);
    }
  }
}

function cmp(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? -1) - (b[i] ?? -1);
    if (d !== 0) return d;
  }
  return 0;
}
