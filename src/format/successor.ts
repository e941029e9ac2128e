import type { Body } from '../schema/resolution.js';
import { formatPartialDate } from './date.js';
import { localize } from './localize.js';
import { t } from './strings.js';

/**
 * For a body that no longer exists (schema 1.1 `validTo`, `successor`), one sentence saying so:
 * vi "Đơn vị này nay thuộc Thành phố Hồ Chí Minh (tồn tại đến 30/6/2025).",
 * en "This unit is now part of Ho Chi Minh City (it existed until 30 Jun 2025)." Empty otherwise.
 */
export function successorText(body: Body | undefined, lang: string): string {
  if (!body?.successor) return '';
  const name = localize(body.successor, lang);
  return body.validTo ? t('successorUntil', lang, { name, until: formatPartialDate(body.validTo, lang) }) : t('successor', lang, { name });
}
