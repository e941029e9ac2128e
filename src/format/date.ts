import { resolveLang } from './localize.js';

// As Intl.DateTimeFormat writes them for en-GB (a test compares the two); written out, so that a page
// with milestones does not wait for the browser's date locale data.
const MONTHS = 'Jan Feb Mar Apr May Jun Jul Aug Sept Oct Nov Dec'.split(' ');

/**
 * Formats a "YYYY", "YYYY-MM" or "YYYY-MM-DD" date: vi "2023", "8/2023", "15/7/2023";
 * en "2023", "Aug 2023", "15 Jul 2023". Anything else, or a date that does not exist ("2023-02-30"),
 * is returned as it is.
 */
export function formatPartialDate(date: string, lang: string): string {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
  if (!m) return date;
  const [, y, mo, d] = m;
  if (!mo) return y!;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d ?? 1);
  // A date that does not exist rolls over into another month ("2023-02-30", month 13, day 00).
  const at = new Date(0);
  at.setUTCFullYear(year, month - 1, day);
  if (at.getUTCMonth() !== month - 1) return date;
  if (resolveLang(lang) === 'vi') return d ? `${day}/${month}/${year}` : `${month}/${year}`;
  return `${d ? `${day} ` : ''}${MONTHS[month - 1]} ${year}`;
}
