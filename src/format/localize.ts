import type { Text } from '../schema/primitives.js';
import type { Lang } from '../schema/messages.js';

/**
 * Picks the text for a language.
 * A plain string is returned as it is. A translation object is searched for the exact
 * language ("vi-VN"), then its base language ("vi"), then "vi", then "en", then its first entry.
 * Missing text gives "".
 */
export function localize(text: Text | undefined, lang: string): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return text;
  const base = lang.split('-')[0]?.toLowerCase() ?? '';
  for (const key of [lang, base, 'vi', 'en']) {
    if (!key) continue;
    const found = text[key];
    if (found !== undefined) return found;
  }
  for (const value of Object.values(text)) return value;
  return '';
}

/** Maps a language tag to a supported language: "vi…" → vi, "en…" → en, anything else (or nothing) → vi. */
export function resolveLang(lang?: string | null): Lang {
  const tag = (lang ?? '').trim().toLowerCase();
  if (tag.startsWith('en')) return 'en';
  return 'vi';
}
