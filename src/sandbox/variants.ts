/**
 * Shapes of real answers that a documented example never shows, as variants a sandbox portal can be
 * given (`sandbox serve --seed real-shapes`): b24cfg must read and round-trip each of them
 * (docs/bitrix24/parity.md#variants). A variant either changes how an answer is printed or seeds the
 * data that produces the shape.
 */
import { DEFAULT_SMART_PROCESS_STAGES, DEFAULT_INVOICE_STATUSES } from './default-dictionaries.js';
import { addStageEntity } from './seeds.js';
import { nextId, type SandboxState, type SandboxVariant, type SbTask } from './state.js';

export const ALL_VARIANTS: readonly SandboxVariant[] = [
  'userfield-list-keyed',
  'user-sparse-names',
  'lead-status-rest-shape',
  'default-pipeline-sort-100',
  'departments-tangled',
  'tasks-substatus',
  'more-stage-lists',
];

export function hasVariant(state: SandboxState, v: SandboxVariant): boolean {
  return state.settings.variants?.includes(v) === true;
}

const DAY = 86_400_000;

function task(
  state: SandboxState,
  title: string,
  status: number,
  deadline: number | null,
  now: number,
): SbTask {
  return {
    id: nextId(state, 'tasks'),
    title,
    description: '',
    status,
    deadline,
    createdDate: now - 20 * DAY,
    closedDate: status === 5 ? now - DAY : null,
    responsibleId: 3,
    createdBy: 2,
    priority: 1,
    groupId: 0,
    ufCrmTask: [],
    accomplices: [],
    auditors: [],
    tags: [],
  };
}

/** Seeds what each variant needs; `now` dates the tasks so that some are overdue on the portal clock. */
export function applyVariants(state: SandboxState, variants: readonly SandboxVariant[], now: number): void {
  state.settings.variants = [...new Set([...(state.settings.variants ?? []), ...variants])];
  for (const v of variants) {
    switch (v) {
      case 'default-pipeline-sort-100':
        state.settings.defaultPipelineSort = 100;
        break;
      case 'user-sparse-names':
        // Invited by e-mail and never opened the portal: no name, no position.
        state.users.push({
          id: nextId(state, 'users'),
          active: true,
          name: '',
          lastName: '',
          secondName: '',
          email: 'invited@example.com',
          position: '',
          departments: [2],
          isAdmin: false,
          dateRegister: now - 3 * DAY,
          lastLogin: null,
          gender: '',
          city: '',
          userType: 'employee',
        });
        break;
      case 'departments-tangled': {
        // The same name under two parents, and a branch whose parent is not in the answer.
        const dept = (name: string, parent: number) => {
          const id = nextId(state, 'departments');
          state.departments.push({ id, name, sort: 500, parent, head: null });
          return id;
        };
        const north = dept('Север', 2);
        const south = dept('Юг', 2);
        dept('Продажи', north);
        dept('Продажи', south);
        dept('Филиал в Казани', 9000);
        break;
      }
      case 'tasks-substatus':
        // Deferred tasks with a passed deadline are overdue for the portal (STATUS -1, subStatus -1).
        state.tasks.push(
          task(state, 'Отложенная задача с прошедшим сроком', 6, now - 2 * DAY, now),
          task(state, 'Отложенная задача без срока', 6, null, now),
          task(state, 'Просроченная задача', 2, now - DAY, now),
          task(state, 'Срок истекает сегодня', 3, now + 3_600_000, now),
          task(state, 'Завершённая задача', 5, now - 5 * DAY, now),
        );
        break;
      case 'more-stage-lists':
        addStageEntity(
          state,
          {
            kind: 'invoice',
            entityId: 'INVOICE_STATUS',
            name: 'Статусы счёта (старые)',
            entityTypeId: 5,
            categoryId: 0,
          },
          DEFAULT_INVOICE_STATUSES,
        );
        addStageEntity(
          state,
          {
            kind: 'dynamic',
            entityId: 'DYNAMIC_1032_STAGE_5',
            name: 'Доставка',
            entityTypeId: 1032,
            categoryId: 5,
          },
          DEFAULT_SMART_PROCESS_STAGES,
        );
        break;
      case 'userfield-list-keyed':
      case 'lead-status-rest-shape':
        // Printing only: see userfield-read.ts and status.ts.
        break;
    }
  }
}
