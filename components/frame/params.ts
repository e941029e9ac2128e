import { isAsOf } from '../../src/progress/index.js';
import { SLUG_PATTERN } from '../../src/schema/checks.js';

/**
 * The parameters of dist/frame.html, checked one by one: the element to show and its attributes.
 * Nothing from the address becomes HTML; the data file must be on the frame's own origin, or on an
 * origin the site lists in `<meta name="tn-allow-origins" content="https://a.gov.vn https://b.gov.vn">`.
 */
export const FRAME_ELEMENTS = ['indicator', 'gauge', 'timeline', 'milestones', 'resolution'] as const;
export type FrameElement = (typeof FRAME_ELEMENTS)[number];

export interface FrameRequest {
  element: FrameElement;
  /** Attributes for the element, already checked. */
  attributes: Record<string, string>;
}

export interface FrameProblem {
  /** The parameter at fault. */
  param: string;
  vi: string;
  en: string;
}

const VARIANTS = ['card', 'compact', 'inline'];
const GAUGE_NUMBERS = ['value', 'min', 'max', 'target', 'target-high', 'stretch', 'decimals'];
const GAUGE_TEXT = ['label', 'unit', 'target-text'];
const OPS = ['>=', '>', '<=', '<', 'between'];
const SHAPES = ['arc', 'bar'];
const STATUSES = ['exceeded', 'achieved', 'on-track', 'behind', 'far-behind', 'regressing', 'missed', 'no-data', 'no-target'];

/** Reads a frame address's parameters, or says which one is wrong (vi and en). */
export function readFrameParams(search: string, frameUrl: string, allowedOrigins: readonly string[]): FrameRequest | FrameProblem {
  const params = new URLSearchParams(search);
  const element = params.get('element') ?? 'indicator';
  if (!(FRAME_ELEMENTS as readonly string[]).includes(element)) {
    return { param: 'element', vi: `Tham số element phải là một trong: ${FRAME_ELEMENTS.join(', ')}`, en: `The element parameter must be one of: ${FRAME_ELEMENTS.join(', ')}` };
  }
  const attributes: Record<string, string> = {};
  const known = new Set(['element', 'src', 'indicator', 'group', 'as-of', 'variant', 'lang', 'layout', ...(element === 'gauge' ? [...GAUGE_NUMBERS, ...GAUGE_TEXT, 'op', 'shape', 'status'] : [])]);
  for (const name of params.keys()) {
    if (!known.has(name)) return { param: name, vi: `Không có tham số "${name}" cho phần tử ${element}`, en: `No parameter "${name}" for the ${element} element` };
  }
  if (element !== 'gauge') {
    const src = params.get('src');
    if (!src) return { param: 'src', vi: 'Thiếu tham số src (địa chỉ tệp dữ liệu)', en: 'The src parameter (the data file\'s address) is missing' };
    let url: URL;
    try {
      url = new URL(src, frameUrl);
    } catch {
      return { param: 'src', vi: 'Tham số src không phải một địa chỉ', en: 'The src parameter is not an address' };
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return { param: 'src', vi: 'Tham số src phải là một địa chỉ http hoặc https', en: 'The src parameter must be an http or https address' };
    const own = new URL(frameUrl).origin;
    if (url.origin !== own && !allowedOrigins.includes(url.origin)) {
      return { param: 'src', vi: `Tệp dữ liệu ở ${url.origin} không được phép: trang khung chỉ đọc tệp ở ${own}${allowedOrigins.length ? ` và ${allowedOrigins.join(', ')}` : ''} (thêm tên miền vào thẻ <meta name="tn-allow-origins"> của frame.html)`, en: `A data file on ${url.origin} is not allowed: the frame reads files on ${own}${allowedOrigins.length ? ` and ${allowedOrigins.join(', ')}` : ''} only (add the origin to frame.html's <meta name="tn-allow-origins">)` };
    }
    attributes.src = url.href;
  }
  for (const name of ['indicator', 'group']) {
    const v = params.get(name);
    if (v === null) continue;
    if (!SLUG_PATTERN.test(v)) return { param: name, vi: `Tham số ${name} phải là một mã (chữ thường, số, dấu gạch ngang)`, en: `The ${name} parameter must be an id (lower-case letters, digits, hyphens)` };
    attributes[name] = v;
  }
  const checks: [string, (v: string) => boolean, string, string][] = [
    ['as-of', isAsOf, 'một năm (2023) hoặc một ngày (2023-06-30)', 'a year (2023) or a date (2023-06-30)'],
    ['variant', (v) => VARIANTS.includes(v), VARIANTS.join(', '), VARIANTS.join(', ')],
    ['lang', (v) => v === 'vi' || v === 'en', 'vi hoặc en', 'vi or en'],
    ['layout', (v) => v === 'list' || v === 'timeline', 'list hoặc timeline', 'list or timeline'],
    ['op', (v) => OPS.includes(v), OPS.join(' '), OPS.join(' ')],
    ['shape', (v) => SHAPES.includes(v), SHAPES.join(', '), SHAPES.join(', ')],
    ['status', (v) => STATUSES.includes(v), STATUSES.join(', '), STATUSES.join(', ')],
    ...GAUGE_NUMBERS.map((n): [string, (v: string) => boolean, string, string] => [n, (v) => v.trim() !== '' && Number.isFinite(Number(v)), 'một số', 'a number']),
    ...GAUGE_TEXT.map((n): [string, (v: string) => boolean, string, string] => [n, (v) => v.length <= 200, 'một đoạn chữ ngắn', 'a short text']),
  ];
  for (const [name, ok, vi, en] of checks) {
    const v = params.get(name);
    if (v === null) continue;
    if (!ok(v)) return { param: name, vi: `Tham số ${name} phải là ${vi}`, en: `The ${name} parameter must be ${en}` };
    attributes[name] = v;
  }
  return { element: element as FrameElement, attributes };
}
