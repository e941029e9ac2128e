/** What the CLI touches outside itself, so that tests can run it in-process. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readFile: (path: string) => string;
}

export type Lang = 'vi' | 'en';

export function t(lang: Lang, vi: string, en: string): string {
  return lang === 'vi' ? vi : en;
}

/** Reads a file as text, or says in words why it cannot (no such file, a directory, …). */
export function readText(io: CliIo, path: string, lang: Lang): { text: string } | { error: string } {
  try {
    return { text: io.readFile(path) };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? t(lang, 'không tìm thấy tệp', 'no such file') : code === 'EISDIR' ? t(lang, 'đây là một thư mục', 'it is a directory') : code ?? String(e);
    return { error: t(lang, `Không đọc được tệp ${path}: ${why}`, `Cannot read ${path}: ${why}`) };
  }
}
