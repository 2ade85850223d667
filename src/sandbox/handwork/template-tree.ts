import type { SbRobot, SbRobotTemplate } from './types.js';

/**
 * A stage's robots as the activity tree the server stores and exports (Template::unConvertTemplate:
 * docs/bitrix24/crm-settings-archive.md#the-robot-template-tree): a SequentialWorkflowActivity root
 * whose only child is a ParallelActivity; a robot chained to the previous one joins its
 * SequenceActivity, any other robot opens a new one; a delay precedes its robot as a
 * RobotDelayActivity, a condition wraps it in an IfElseActivity; a lone sequence gets an empty sibling.
 */
type Activity = Record<string, unknown>;

const CONDITION_TITLE = 'Condition';

export function templateTree(tpl: SbRobotTemplate): Activity[] {
  const root: Activity = {
    Type: 'SequentialWorkflowActivity',
    Name: 'Template',
    Properties: { Title: 'Bizproc Automation template' },
    Children: [] as Activity[],
  };
  if (tpl.robots.length > 0) {
    const names = nameSource(tpl.id);
    const sequences: Activity[][] = [];
    tpl.robots.forEach((robot, i) => {
      const children = sequenceChildren(robot, names);
      if (i === 0 || !robot.ExecuteAfterPrevious) sequences.push(children);
      else (sequences[sequences.length - 1] as Activity[]).push(...children);
    });
    if (sequences.length < 2) sequences.push([]);
    (root.Children as Activity[]).push({
      Type: 'ParallelActivity',
      Name: names(),
      Properties: { Title: 'Parallel activity' },
      Children: sequences.map((children) => ({
        Type: 'SequenceActivity',
        Name: names(),
        Properties: { Title: 'Automation sequence' },
        Children: children,
        Activated: 'Y',
      })),
      Activated: 'Y',
    });
  }
  return [root];
}

function sequenceChildren(robot: SbRobot, names: () => string): Activity[] {
  const out: Activity[] = [];
  if (robot.DelayProperties)
    out.push({
      Type: 'RobotDelayActivity',
      Name: robot.DelayName ?? names(),
      Activated: robot.Activated,
      Properties: { ...robot.DelayProperties, Title: 'Delay' },
      Children: [],
    });
  const activity: Activity = {
    Type: robot.Type,
    Name: robot.Name,
    Activated: robot.Activated,
    Properties: robot.Properties,
  };
  if (!robot.Condition?.length) {
    out.push(activity);
    return out;
  }
  out.push({
    Type: 'IfElseActivity',
    Name: names(),
    Activated: robot.Activated,
    Properties: { Title: CONDITION_TITLE },
    Children: [
      {
        Type: 'IfElseBranchActivity',
        Name: names(),
        Properties: { Title: CONDITION_TITLE, mixedcondition: robot.Condition },
        Children: [activity],
        Activated: robot.Activated,
      },
      {
        Type: 'IfElseBranchActivity',
        Name: names(),
        Properties: { Title: CONDITION_TITLE, truecondition: '1' },
        Children: [],
        Activated: robot.Activated,
      },
    ],
  });
  return out;
}

/** Activity names in Robot::generateName's shape (A12345_12345_12345_12345), deterministic per template. */
export function nameSource(seed: number): () => string {
  let n = 0;
  return () => {
    n += 1;
    const part = (k: number) => String((seed * 7919 + n * 104729 + k * 15485863) % 99991);
    return `A${part(1)}_${part(2)}_${part(3)}_${part(4)}`;
  };
}
