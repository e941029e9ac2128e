import { z } from 'zod/mini';

/**
 * Bilingual metadata for the published JSON Schema: the title and description
 * carry English first, then Vietnamese, so that data teams reading either
 * language see what a field means.
 */
export function doc(title: { en: string; vi: string }, description: { en: string; vi: string }, id?: string) {
  return z.meta({
    ...(id ? { id } : {}),
    title: `${title.en} / ${title.vi}`,
    description: `${description.en} — ${description.vi}`,
  });
}
