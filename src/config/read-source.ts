// Reads the config file's text, refusing what is not a config before parsing anything:
// a missing path, a directory, an empty file, and anything over 1 MB (checked with stat, so a
// 5 MB file is rejected in microseconds instead of being parsed). The extension does not
// matter: .yml, .yaml and .json all go through the YAML parser (JSON is YAML 1.2).
import { readFile, stat } from 'node:fs/promises';

/** Real configs are a few KB; past this a file is not a config (or not one a person can review). */
export const MAX_CONFIG_BYTES = 1024 * 1024;

export type SourceText =
  { readonly ok: true; readonly text: string } | { readonly ok: false; readonly message: string };

export async function readConfigSource(absolutePath: string, shownAs: string): Promise<SourceText> {
  let size: number;
  try {
    const info = await stat(absolutePath);
    if (info.isDirectory()) {
      return fail(
        `${shownAs} is a directory; pass the config file inside it, e.g. --config ${shownAs}/serverless.config.yml`,
      );
    }
    size = info.size;
  } catch (e) {
    return fail(notReadable(e, shownAs));
  }
  if (size > MAX_CONFIG_BYTES) {
    return fail(
      `the file is ${(size / 1024 / 1024).toFixed(1)} MB; a config must be under 1 MB (is this the right file?)`,
    );
  }
  let text: string;
  try {
    text = await readFile(absolutePath, 'utf8');
  } catch (e) {
    return fail(notReadable(e, shownAs));
  }
  if (text.trim() === '') {
    return fail('the file is empty; start with "project_name: my-app" (see docs/config.md)');
  }
  if (text.includes('\u0000')) return fail('the file is binary, not YAML or JSON text');
  return { ok: true, text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
}

function fail(message: string): SourceText {
  return { ok: false, message };
}

function notReadable(e: unknown, shownAs: string): string {
  const code = (e as { code?: string }).code;
  if (code === 'ENOENT') {
    return `${shownAs} does not exist; create it or pass another file with --config`;
  }
  if (code === 'EACCES' || code === 'EPERM')
    return `${shownAs} is not readable (permission denied)`;
  return `${shownAs} cannot be read: ${(e as Error).message}`;
}
