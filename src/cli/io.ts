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
