import type { Resolution, ValidationIssue } from '../../src/index.js';
import type { LoadErrorKind } from './errors.js';

export interface TnErrorDetail {
  kind: LoadErrorKind;
  message: string;
  issues?: ValidationIssue[];
}

/** Fired when an element could not show its data. Bubbles out of shadow roots. */
export class TnErrorEvent extends CustomEvent<TnErrorDetail> {
  constructor(detail: TnErrorDetail) {
    super('tn-error', { detail, bubbles: true, composed: true });
  }
}

/** Fired when an element has its data and has rendered it. */
export class TnLoadEvent extends CustomEvent<{ resolution: Resolution }> {
  constructor(resolution: Resolution) {
    super('tn-load', { detail: { resolution }, bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'tn-error': TnErrorEvent;
    'tn-load': TnLoadEvent;
  }
}
