// internmap ships no types (d3-array's own types cover it through d3-array): the two classes the
// embed's stand-in is held to.
declare module 'internmap' {
  export class InternMap<K = unknown, V = unknown> extends Map<K, V> {
    constructor(entries?: Iterable<readonly [K, V]> | null, key?: (k: K) => unknown);
  }
  export class InternSet<T = unknown> extends Set<T> {
    constructor(values?: Iterable<T> | null, key?: (v: T) => unknown);
  }
}
