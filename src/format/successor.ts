import type { Body } from '../schema/resolution.js';
import { formatPartialDate } from './date.js';
import { localize, resolveLang } from './localize.js';

/**
 * For a body that no longer exists (schema 1.1 `validTo`, `successor`), one sentence saying so:
 * vi "Đơn vị này nay thuộc Thành phố Hồ Chí Minh (tồn tại đến 30/6/2025).",
 * en "This unit is now part of Ho Chi Minh City (it existed until 30 Jun 2025)." Empty otherwise.
 */
export function successorText(body: Body | undefined, lang: string): string {
  if (!body?.successor) return '';
  const vi = resolveLang(lang) === 'vi';
  const name = localize(body.successor, lang);
  const until = body.validTo ? formatPartialDate(body.validTo, lang) : '';
  if (vi) return `Đơn vị này nay thuộc ${name}${until ? ` (tồn tại đến ${until})` : ''}.`;
  return `This unit is now part of ${name}${until ? ` (it existed until ${until})` : ''}.`;
}
