import { breaksBetween, type KindContext } from './context.js';

/**
 * The declared baseline when it comes before `beforeYear`, else the earliest usable observation before
 * it. Across a series break there is no comparable baseline: the earliest figure on or after the last
 * break before `beforeYear` stands in (null when there is none).
 */
export function baselineFor(ctx: KindContext, beforeYear: number): { period: number; value: number } | null {
  const declared = ctx.indicator.baseline;
  if (declared && declared.period < beforeYear && !breaksBetween(ctx, declared.period, beforeYear)) return declared;
  for (const o of ctx.usable) {
    if (o.period >= beforeYear) break;
    if (!breaksBetween(ctx, o.period, beforeYear)) return o;
  }
  return null;
}

/** Whether a baseline is missing only because a series break separates the figures. */
export function brokenBaseline(ctx: KindContext, beforeYear: number): boolean {
  const declared = ctx.indicator.baseline;
  return (declared !== undefined && declared.period < beforeYear) || (ctx.usable[0] !== undefined && ctx.usable[0].period < beforeYear);
}
