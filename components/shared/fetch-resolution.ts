import type { Resolution } from '../../src/schema/resolution.js';
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
// status fails as soon as the headers say so, and the body is read as UTF-8 whatever they say.
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
    // (an answer broken off after its headers was cut; one that never came, a network failure)
    xhr.onerror = () => reject(new LoadError('network', { url: shown, cause: headers ? 'cut' : undefined }));
    xhr.onloadend = release;
    signal.addEventListener('abort', onAbort);
    xhr.send();
  }).then((bytes) => {
    // (TextDecoder drops a UTF-8 byte order mark, and anything else not UTF-8 fails as JSON)
    const text = new TextDecoder().decode(bytes);
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
