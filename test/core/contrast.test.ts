import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// The default status colours must stand out from the default background by at least 3:1 (WCAG 1.4.11),
// in the light scheme and in the dark one. Read from the stylesheet itself, so the test follows it.
const css = readFileSync(new URL('../../components/shared/styles.ts', import.meta.url), 'utf8');
const [light, dark] = css.split('@media (prefers-color-scheme:dark)');

function tokens(block: string): Record<string, string> {
  const full = (hex: string) => (hex.length === 4 ? `#${[...hex.slice(1)].map((c) => c + c).join('')}` : hex);
  return Object.fromEntries([...block.matchAll(/--tn-color-([a-z-]+),(#[0-9a-f]{6}|#[0-9a-f]{3})\)/g)].map((m) => [m[1]!, full(m[2]!)]));
}

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
};

const STATUS = ['exceeded', 'achieved', 'on-track', 'behind', 'far-behind', 'regressing', 'missed', 'no-data'];

describe('default colours', () => {
  for (const [scheme, block] of [['light', light!], ['dark', dark!]] as const) {
    it(`every status colour is at least 3:1 against the background (${scheme})`, () => {
      const t = tokens(block);
      expect(Object.keys(t)).toEqual(expect.arrayContaining([...STATUS, 'background', 'text', 'muted', 'accent']));
      for (const s of STATUS) expect(contrast(t[s]!, t.background!), s).toBeGreaterThanOrEqual(3);
      expect(contrast(t.text!, t.background!)).toBeGreaterThanOrEqual(4.5);
      expect(contrast(t.muted!, t.background!)).toBeGreaterThanOrEqual(4.5);
      expect(contrast(t.accent!, t.background!)).toBeGreaterThanOrEqual(4.5);
    });
  }
});
