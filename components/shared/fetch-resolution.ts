import type { Resolution } from '../../src/index.js';
import { LoadError } from './errors.js';
import { validateInSlices } from './validate.js';

interface Entry {
  promise: Promise<Resolution>;
  controller: AbortController;
  users: number;
  settled: boolean;
}

// One request and one parsed document per URL for the whole page, shared by every element.
const cache = new Map<string, Entry>();

/**
 * Loads and validates the resolution at `url`: the promise of it, and a function to call when the
 * caller no longer waits for it. Every caller naming the same URL shares one request (and one
 * promise); when the last caller still waiting leaves, the request itself is aborted. The request
 * gives up with a "network" error (cause "timeout") after `seconds`. Failures are not kept, so a
 * retry asks the server again.
 */
export function fetchResolution(url: string, seconds = 15): [Promise<Resolution>, () => void] {
  const key = absolute(url);
  let entry = cache.get(key);
  if (!entry) {
    const controller = new AbortController();
    const created = { controller, users: 0, settled: false } as Entry;
    // One timer for the request, however many elements wait for it (the first to ask sets its length).
    const timer = setTimeout(() => controller.abort(new LoadError('network', { url, cause: 'timeout', seconds })), seconds * 1000);
    created.promise = request(key, url, controller.signal).then(
      (resolution) => {
        created.settled = true;
        clearTimeout(timer);
        return resolution;
      },
      (error: unknown) => {
        created.settled = true;
        clearTimeout(timer);
        if (cache.get(key) === created) cache.delete(key);
        throw error;
      },
    );
    cache.set(key, created);
    entry = created;
  }
  const shared = entry;
  shared.users++;
  let waiting = true;
  return [
    shared.promise,
    () => {
      if (waiting && (waiting = false, --shared.users === 0) && !shared.settled) {
        shared.controller.abort();
        if (cache.get(key) === shared) cache.delete(key);
      }
    },
  ];
}

// XMLHttpRequest rather than fetch: it hands over the whole answer in one task, where fetch's body
// came a frame or two after its headers (BENCHMARKS.md). It behaves as fetch did here: an error
// status fails as soon as the headers say so, and the body is read as UTF-8 whatever they say (utf8()).
function request(href: string, shown: string, signal: AbortSignal): Promise<Resolution> {
  return new Promise<ArrayBuffer>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    // (the signal outlives the request in the cache: it must not keep the request, and its text, alive)
    const release = () => signal.removeEventListener('abort', onAbort);
    const fail = (error: unknown) => (release(), xhr.abort(), reject(error));
    // (a browser without AbortSignal.reason gets the error fetch would have given)
    const onAbort = () => fail(signal.reason ?? new DOMException('Aborted', 'AbortError'));
    let headers = false;
    xhr.open('GET', href);
    xhr.setRequestHeader('accept', 'application/json');
    xhr.responseType = 'arraybuffer';
    xhr.onreadystatechange = () => {
      if (xhr.readyState !== xhr.HEADERS_RECEIVED) return;
      headers = true;
      if (xhr.status < 200 || xhr.status > 299) fail(new LoadError('http', { url: shown, status: xhr.status }));
    };
    xhr.onload = () => resolve(xhr.response as ArrayBuffer);
    // (an answer broken off after its headers was cut; one that never came, a network failure, or a
    // data server on another origin that answered without letting this page read it: see cors())
    xhr.onerror = () => (headers ? reject(new LoadError('network', { url: shown, cause: 'cut' })) : cors(href, shown, signal).then(reject));
    xhr.onloadend = release;
    signal.addEventListener('abort', onAbort);
    xhr.send();
  }).then((bytes) => {
    const text = utf8(bytes, shown);
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      // A login or error page served with status 200 is the usual way a portal sends HTML here.
      const html = text.trimStart().startsWith('<');
      throw new LoadError('json', { url: shown, cause: html ? 'html' : undefined });
    }
    return validateInSlices(data, shown);
  });
}

/**
 * Why a request failed before any answer could be read. A request to another origin that fails so
 * is most often a data server that answered without `Access-Control-Allow-Origin`: the browser
 * hides the answer, and tells the page only "network error". A second request in `no-cors` mode
 * tells the two apart: it gets an (opaque) answer from a server that is there, and fails as the
 * first did when the network or the server is really down (or redirects in a loop).
 */
async function cors(href: string, shown: string, signal: AbortSignal): Promise<unknown> {
  const network = new LoadError('network', { url: shown });
  const origin = new URL(href).origin;
  if (origin === location.origin || signal.aborted) return signal.reason ?? network;
  try {
    await fetch(href, { mode: 'no-cors', credentials: 'omit', cache: 'no-store', signal });
    return new LoadError('network', { url: shown, cause: 'cors', origin });
  } catch {
    // (the time-out, or the last element leaving, may end the check too: its reason is the answer)
    return signal.aborted ? (signal.reason ?? new DOMException('Aborted', 'AbortError')) : network;
  }
}

const strict = new TextDecoder('utf-8', { fatal: true });

/**
 * The file's text, read as UTF-8 (the only encoding of JSON files, RFC 8259), whatever the header
 * says; a UTF-8 byte order mark is dropped. A file in another encoding (Windows-1258, UTF-16) is
 * refused with its own message rather than shown with "�" in place of every Vietnamese letter.
 */
function utf8(bytes: ArrayBuffer, shown: string): string {
  const head = new Uint8Array(bytes, 0, Math.min(bytes.byteLength, 64));
  // UTF-16 with a byte order mark (FF FE, FE FF), or without one: JSON starts with ASCII, which
  // UTF-16 writes with a zero byte beside each letter (and a zero byte is never in a JSON text).
  const utf16 = (head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff) || head.includes(0);
  if (utf16) throw new LoadError('json', { url: shown, cause: 'encoding', encoding: 'UTF-16' });
  try {
    return strict.decode(bytes);
  } catch {
    throw new LoadError('json', { url: shown, cause: 'encoding' });
  }
}

// Each src resolved against the page's base URL once (a thousand cards name the same file).
let base: string | undefined;
const hrefs = new Map<string, string>();

function absolute(url: string): string {
  const b = document.baseURI;
  if (b !== base) (base = b), hrefs.clear();
  let href = hrefs.get(url);
  if (href === undefined) hrefs.set(url, (href = new URL(url, b).href));
  return href;
}

/** Forgets every cached document (for tests and for pages that replace their data files). */
export function clearResolutionCache(): void {
  cache.clear();
}
