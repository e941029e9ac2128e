import type { Indicator } from '../schema/indicator.js';
import { localize } from './localize.js';
import { t } from './strings.js';

/**
 * What a share (schema 1.1 `share`) is a share of, with its basis: vi "Tỷ trọng trong GRDP (giá hiện
 * hành; thuế sản phẩm tính riêng)", en "Share of GRDP (…)". Empty for an indicator that is not a share.
 */
export function shareText(indicator: Pick<Indicator, 'share'>, lang: string): string {
  const share = indicator.share;
  if (!share) return '';
  const basis = localize(share.basis, lang);
  const whole = localize(share.of, lang);
  return t('share', lang, { whole }) + (basis ? ` (${basis})` : '');
}
