import type { KindContext } from './context.js';

/** The declared baseline when it comes before `beforeYear`, else the earliest usable observation before it. */
export function baselineFor(ctx: KindContext, beforeYear: number): { period: number; value: number } | null {
  const declared = ctx.indicator.baseline;
  if (declared && declared.period < beforeYear) return declared;
  const first = ctx.usable[0];
  return first && first.period < beforeYear ? first : null;
}
