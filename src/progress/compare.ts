import type { Op, TargetValue } from '../schema/target.js';

/** Whether `x` satisfies `op value`; "between" means inside [low, high], both ends included. */
export function satisfies(x: number, op: Op, value: TargetValue): boolean {
  if (Array.isArray(value)) return x >= Math.min(value[0], value[1]) && x <= Math.max(value[0], value[1]);
  switch (op) {
    case '>=': return x >= value;
    case '>': return x > value;
    case '<=': return x <= value;
    case '<': return x < value;
    default: return false;
  }
}

/** The single number to aim at: the value itself, or for a range the bound nearer to `from`. */
export function aimPoint(value: TargetValue, from: number): number {
  if (!Array.isArray(value)) return value;
  const [low, high] = value;
  return Math.abs(low - from) <= Math.abs(high - from) ? low : high;
}

/** +1 when the target asks for more, −1 when it asks for less. */
export function direction(op: Op, value: TargetValue, from: number): 1 | -1 {
  if (op === '>=' || op === '>') return 1;
  if (op === '<=' || op === '<') return -1;
  return aimPoint(value, from) >= from ? 1 : -1;
}
