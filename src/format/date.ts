import { resolveLang } from './localize.js';

const MONTH = new Map<string, Intl.DateTimeFormat>();

function formatter(lang: 'vi' | 'en', parts: 'month' | 'day'): Intl.DateTimeFormat {
  const key = `${lang}|${parts}`;
  let f = MONTH.get(key);
  if (!f) {
    const locale = lang === 'vi' ? 'vi-VN' : 'en-GB';
    f = new Intl.DateTimeFormat(locale, parts === 'month' ? { month: lang === 'vi' ? 'numeric' : 'short', year: 'numeric', timeZone: 'UTC' } : { day: 'numeric', month: lang === 'vi' ? 'numeric' : 'short', year: 'numeric', timeZone: 'UTC' });
    MONTH.set(key, f);
  }
  return f;
}

/**
 * Formats a "YYYY", "YYYY-MM" or "YYYY-MM-DD" date with Intl: vi "2023", "8/2023", "15/7/2023";
 * en "2023", "Aug 2023", "15 Jul 2023". Anything else, or a date that does not exist ("2023-02-30"),
 * is returned as it is.
 */
export function formatPartialDate(date: string, lang: string): string {
  const l = resolveLang(lang);
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
  if (!m) return date;
  const [, y, mo, d] = m;
  if (!mo) return y!;
  const at = new Date(Date.UTC(Number(y), Number(mo) - 1, d ? Number(d) : 1));
  // Date.UTC rolls "2023-13" over to January 2024: a date that does not exist is returned as written.
  if (at.getUTCMonth() !== Number(mo) - 1 || (d && at.getUTCDate() !== Number(d))) return date;
  return formatter(l, d ? 'day' : 'month').format(at);
}
