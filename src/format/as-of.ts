import { latestObservedYear } from '../progress/as-of.js';
import { statedDate } from '../progress/data-date.js';
import type { Resolution } from '../schema/resolution.js';
import { formatPartialDate } from './date.js';
import { t } from './strings.js';

/**
 * The line every element shows under what it judges, saying which date the data speaks for:
 * vi "Số liệu đến 30/6/2023" (the latest date the file states, when it reaches the year assessed),
 * else "Số liệu đến năm 2023"; en "Data as of 30 Jun 2023", "Data up to 2023". With a date the page
 * asked for (`asked`, a year or YYYY-MM-DD): vi "Đánh giá tại 31/12/2021 · số liệu đến năm 2023",
 * so a reader never takes a judgement at a chosen date for one the data speaks for.
 * Empty when nothing is observed.
 */
export function asOfText(resolution: Resolution, year: number | null, lang: string, asked?: string): string {
  if (year === null) return '';
  const stated = statedDate(resolution);
  const dataYear = latestObservedYear(resolution) ?? year;
  const data = stated !== null && Number(stated.slice(0, 4)) >= dataYear
    ? t('dataAsOf', lang, { date: formatPartialDate(stated, lang) })
    : t('dataUpTo', lang, { year: dataYear });
  if (asked === undefined) return data;
  const at = asked.length === 4 ? `${asked}-12-31` : asked;
  return `${t('assessedAt', lang, { date: formatPartialDate(at, lang) })} · ${data.charAt(0).toLowerCase()}${data.slice(1)}`;
}
