import type { AuditContext } from '../types.js';
import { directionPipelines } from './plan.js';
import { isSalesDirection, specDirections } from './spec.js';

const REPEAT_NAME = /повтор|постоянн|repeat|regular|retention/i;
const NURTURE_NAME = /прогрев|nurtur|warm/i;

/** A pipeline named for repeat sales or warm-up, for checks made without a spec. */
export function isRepeatOrNurtureName(name: string): boolean {
  return REPEAT_NAME.test(name) || NURTURE_NAME.test(name);
}

/** A pipeline named for warm-up (SD-31), for checks made without a spec. */
export function isNurtureName(name: string): boolean {
  return NURTURE_NAME.test(name);
}

/**
 * Pipelines for repeat sales (SD-10): with a spec, directions with purpose `repeat` and the targets of
 * tunnels out of sales directions; without one, pipelines whose name says so.
 */
export function repeatPipelineIds(ctx: Pick<AuditContext, 'spec' | 'state' | 'binding'>): number[] {
  if (!ctx.state) return [];
  if (ctx.spec) {
    const dirs = specDirections(ctx.spec).map((d) => d.dir);
    const keys = new Set([
      ...dirs.filter((d) => d.purpose === 'repeat').map((d) => d.key),
      ...dirs.filter((d) => isSalesDirection(d) && d.won?.tunnel).map((d) => d.won?.tunnel?.to ?? ''),
    ]);
    const pipes = directionPipelines(ctx);
    return [...keys]
      .flatMap((key) => (pipes.has(key) ? [pipes.get(key) as number] : []))
      .sort((a, b) => a - b);
  }
  return ctx.state.pipelines
    .filter((p) => REPEAT_NAME.test(p.name))
    .map((p) => p.id)
    .sort((a, b) => a - b);
}

/** Warm-up pipelines (SD-31): the spec's `purpose: nurture` directions, else pipelines named so. */
export function nurturePipelineIds(ctx: Pick<AuditContext, 'spec' | 'state' | 'binding'>): number[] {
  if (!ctx.state) return [];
  if (ctx.spec) {
    const pipes = directionPipelines(ctx);
    return specDirections(ctx.spec)
      .filter((d) => d.dir.purpose === 'nurture')
      .flatMap((d) => (pipes.has(d.dir.key) ? [pipes.get(d.dir.key) as number] : []))
      .sort((a, b) => a - b);
  }
  return ctx.state.pipelines
    .filter((p) => NURTURE_NAME.test(p.name))
    .map((p) => p.id)
    .sort((a, b) => a - b);
}
