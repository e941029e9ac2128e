import type { IssueCode } from './messages.js';

/**
 * The resolution schema as plain data: what the quick check (accepts.ts) and the explanation of
 * problems (explain.ts) walk. It is generated from the zod schemas, the one place the rules are
 * written (`npm run schema` writes resolution.tree.ts; a test keeps it current), so that validating
 * needs no zod at run time and the browser bundle carries none.
 *
 * `code` is the issue reported when the value has the wrong type (or, for a union, matches no
 * option); without one, a wrong type is reported as `type` (or `required` when the value is missing).
 */
export type Tree =
  | { type: 'string' | 'number'; code?: IssueCode; checks?: Check[] }
  | { type: 'array'; element: Tree; checks?: Check[] }
  | { type: 'enum'; values: readonly unknown[]; code?: IssueCode }
  | { type: 'custom'; test: (v: unknown) => unknown; code: IssueCode }
  | { type: 'optional'; inner: Tree }
  | { type: 'union'; options: Tree[]; code?: IssueCode }
  /** A strict object: members not in `shape` are refused. */
  | { type: 'object'; shape: Record<string, Tree> };

/** A check that runs once the type is right: a pattern the string must match, or a test it must pass. */
export type Check = [test: RegExp | ((v: never) => unknown), code: IssueCode];
