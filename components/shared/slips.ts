import type { ReactiveElement } from 'lit';
import { LoadError } from './errors.js';

/** An element class with attributes it needs (TnDataElement.requiredAttributes). */
type ElementClass = typeof ReactiveElement & { readonly requiredAttributes: readonly string[] };

/**
 * The slips in an element's tag: the one that leaves it with nothing to show, if any (no source of
 * data, a required attribute missing, by its attribute or its property), and all of them for the
 * console, an attribute that looks like a misspelt known one included ("scr", "indicater", "as_of").
 */
export function tagSlips(el: Element, cls: ElementClass, hasSource: boolean): { error?: LoadError; hints: LoadError[] } {
  const known = knownAttributes(cls);
  const misspelt: LoadError[] = [];
  for (const name of el.getAttributeNames()) {
    if (known.has(name) || isGlobalAttribute(name)) continue;
    const guess = guessAttribute(name, known);
    if (guess) misspelt.push(new LoadError('attribute', { cause: 'misspelt', attribute: name, guess }));
  }
  const missing = hasSource ? [] : ['src'];
  for (const attribute of cls.requiredAttributes) {
    const value: unknown = (el as unknown as Record<PropertyKey, unknown>)[propertyOf(cls, attribute)];
    if (value === undefined || value === null || String(value).trim() === '') missing.push(attribute);
  }
  const first = missing[0];
  if (first === undefined) return { hints: misspelt };
  // ("scr" for a missing src says the slip, not only its consequence)
  const error = misspelt.find((e) => e.info.guess === first) ?? new LoadError('attribute', { cause: 'missing', attribute: first });
  return { error, hints: [error, ...misspelt.filter((e) => e !== error)] };
}

// Attributes any HTML element may carry: never taken for a slip.
const GLOBAL_ATTRIBUTES = new Set([
  'id', 'class', 'style', 'lang', 'dir', 'title', 'hidden', 'slot', 'part', 'exportparts', 'tabindex', 'role', 'is', 'inert',
  'translate', 'accesskey', 'autofocus', 'autocapitalize', 'contenteditable', 'draggable', 'enterkeyhint', 'inputmode',
  'nonce', 'popover', 'spellcheck', 'itemid', 'itemprop', 'itemref', 'itemscope', 'itemtype', 'xmlns',
]);

function isGlobalAttribute(name: string): boolean {
  return GLOBAL_ATTRIBUTES.has(name) || name.startsWith('aria-') || name.startsWith('data-') || name.startsWith('on');
}

// Names editors give the data file's address from habit (img, a, and other widgets).
const ALIASES: Record<string, string> = { url: 'src', href: 'src', file: 'src', data: 'src' };

const known = new WeakMap<object, Set<string>>();

function knownAttributes(cls: ElementClass): Set<string> {
  let names = known.get(cls);
  if (!names) known.set(cls, (names = new Set(cls.observedAttributes)));
  return names;
}

const properties = new WeakMap<object, Map<string, PropertyKey>>();

/**
 * The property an attribute sets (Lit: the `attribute` option, else the property name in lower
 * case), found once per class: every update of every card asks (a profile of 1,000 cards drawn in
 * full found 17 ms here).
 */
function propertyOf(cls: ElementClass, attribute: string): PropertyKey {
  let map = properties.get(cls);
  if (!map) {
    map = new Map();
    for (const [key, options] of cls.elementProperties) {
      if (options.attribute !== false) map.set(typeof options.attribute === 'string' ? options.attribute : String(key).toLowerCase(), key);
    }
    properties.set(cls, map);
  }
  return map.get(attribute) ?? attribute;
}

const bare = (name: string) => name.toLowerCase().replace(/[-_:.]/g, '');
const letters = (name: string) => [...name].sort().join('');

/** The known attribute an unknown one looks like: the same but for - and _, the same letters, or at most two edits away. */
function guessAttribute(name: string, names: Set<string>): string | undefined {
  const alias = ALIASES[name];
  if (alias && names.has(alias)) return alias;
  const b = bare(name);
  let best: string | undefined;
  let least = 3;
  for (const k of names) {
    const kb = bare(k);
    const d = kb === b ? 0 : letters(kb) === letters(b) ? 1 : editDistance(b, kb);
    // (a two-letter name two edits from anything would match half the vocabulary)
    if (d < least && d < Math.max(b.length, 2)) (least = d), (best = k);
  }
  return best;
}

/** Edits (insert, delete, replace, swap two neighbours) from a to b: the optimal string alignment distance. */
function editDistance(a: string, b: string): number {
  const d: number[][] = [];
  for (let i = 0; i <= a.length; i++) d.push([i, ...new Array<number>(b.length).fill(0)]);
  for (let j = 0; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[a.length]![b.length]!;
}
