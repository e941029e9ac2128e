/**
 * The one strict decoder of the command line: `validate`, `report` and `import` read every file
 * through it. A file is UTF-8 (a byte order mark is dropped) or it is refused, with the encoding it
 * looks like and how to save it as UTF-8. Never "Ngh�� quy�t": a byte that is not UTF-8 is never
 * turned into U+FFFD.
 */
import { cliText } from '../format/strings.js';

export type Encoding = 'UTF-16LE' | 'UTF-16BE' | 'Windows-1258' | 'TCVN3' | 'unknown';

export type Decoded =
  | { ok: true; text: string; bom: boolean }
  | { ok: false; encoding: Encoding; /** The first byte that is not UTF-8 (for UTF-16: 0). */ offset: number; line: number };

/** Decodes bytes as strict UTF-8, or names the encoding they look like. */
export function decodeUtf8(bytes: Uint8Array): Decoded {
  const utf16 = utf16Kind(bytes);
  if (utf16) return { ok: false, encoding: utf16, offset: 0, line: 1 };
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return { ok: true, text, bom };
  } catch {
    const offset = firstInvalid(bytes);
    let line = 1;
    for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
    return { ok: false, encoding: guessEightBit(bytes), offset, line };
  }
}

/** UTF-16 by its byte order mark, or by the zero bytes of mostly-ASCII text (a JSON or CSV file is). */
function utf16Kind(bytes: Uint8Array): 'UTF-16LE' | 'UTF-16BE' | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'UTF-16LE';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'UTF-16BE';
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05) return 'UTF-16LE';
  if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05) return 'UTF-16BE';
  return undefined;
}

/** The offset of the first byte that does not belong to a well-formed UTF-8 sequence. */
function firstInvalid(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    // (overlong, surrogate and out-of-range forms)
    const c1 = bytes[i + 1] ?? 0;
    if ((b === 0xe0 && c1 < 0xa0) || (b === 0xed && c1 > 0x9f) || (b === 0xf0 && c1 < 0x90) || (b === 0xf4 && c1 > 0x8f)) return i;
    i += need + 1;
  }
  return bytes.length;
}

// Bytes of Vietnamese letters in Windows-1258: â ê ô ă ơ ư đ (both cases) and the five combining
// tone marks that follow a vowel. In TCVN3 (ABC), the old Vietnamese standard of many offices, the
// lower-case letters with tones are single bytes in 0xA4–0xFE and the capitals in 0xA1–0xA7.
const CP1258_LETTERS = new Set([0xe2, 0xea, 0xf4, 0xe3, 0xf5, 0xfd, 0xf0, 0xc2, 0xca, 0xd4, 0xc3, 0xd5, 0xdd, 0xd0]);
const CP1258_TONES = new Set([0xcc, 0xec, 0xde, 0xd2, 0xf2]);

function guessEightBit(bytes: Uint8Array): Encoding {
  let high = 0;
  let tones = 0;
  let letters = 0;
  let toneAfterLetter = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b < 0x80) continue;
    high++;
    if (CP1258_LETTERS.has(b)) letters++;
    if (CP1258_TONES.has(b)) {
      tones++;
      const prev = bytes[i - 1] ?? 0;
      // (a tone mark comes after a vowel: a, e, i, o, u, y or one of the letters above)
      if ('aeiouyAEIOUY'.includes(String.fromCharCode(prev)) || CP1258_LETTERS.has(prev)) toneAfterLetter++;
    }
  }
  if (high === 0) return 'unknown';
  if (tones > 0 && toneAfterLetter >= tones * 0.8 && (tones + letters) >= high * 0.6) return 'Windows-1258';
  if (tones + letters < high * 0.3) return 'TCVN3';
  return 'unknown';
}

/** Why a file was refused, in words, naming the file, the place and how to save it as UTF-8. */
export function encodingMessage(file: string, refused: Extract<Decoded, { ok: false }>, lang: 'vi' | 'en'): string {
  const why = cliText(`encoding.${refused.encoding}`, lang);
  return refused.encoding.startsWith('UTF-16')
    ? cliText('io.cannotRead', lang, { file, why })
    : cliText('io.cannotReadAt', lang, { file, line: refused.line, offset: refused.offset + 1, why });
}
