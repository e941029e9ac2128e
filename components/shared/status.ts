import { html, type TemplateResult } from 'lit';
import { statusLabel } from '../../src/format/index.js';
import type { Lang, Status } from '../../src/index.js';

// A shape for every status, so that status never rests on colour alone.
export const STATUS_ICONS: Record<Status, string> = {
  exceeded: '★',
  achieved: '✔',
  'on-track': '●',
  behind: '◐',
  'far-behind': '▲',
  regressing: '▼',
  missed: '✖',
  'no-data': '○',
  'no-target': '–',
};

/** The status mark and its words; `text` replaces the plain label ("Đạt (tạm tính)", statusText). */
export function statusBadge(status: Status, lang: Lang, text?: string): TemplateResult {
  return html`<span part="status" class="status s-${status}"><span class="icon" aria-hidden="true">${STATUS_ICONS[status]}</span>${text ?? statusLabel(status, lang)}</span>`;
}
