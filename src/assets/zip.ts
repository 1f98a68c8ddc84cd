// Deterministic zips: the same files give the same bytes on every machine and every run,
// so a content hash names the archive and an unchanged function is never uploaded again.
import { createHash } from 'node:crypto';
import { lstat, readdir, readFile, realpath, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { ZipFile } from 'yazl';
import { isInside } from '../config/paths';
import { ServerlessActionError } from '../errors';

/** DOS timestamps start in 1980; any fixed value works, this one is the format's epoch. */
export const FIXED_MTIME = new Date('1980-01-01T00:00:00Z');
const FILE_MODE = 0o100644;
const EXECUTABLE_MODE = 0o100755;

export interface ZipEntry {
  /** Path inside the archive, `/`-separated. */
  readonly path: string;
  readonly data: Buffer;
  /** Keeps the owner-execute bit (a custom runtime's `bootstrap` needs it); nothing else. */
  readonly executable: boolean;
}

/** Zips entries in byte order of their paths with fixed times and modes. */
export function zipEntries(entries: readonly ZipEntry[]): Promise<Buffer> {
  const zip = new ZipFile();
  const sorted = [...entries].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  for (const entry of sorted) {
    zip.addBuffer(entry.data, entry.path, {
      mtime: FIXED_MTIME,
      mode: entry.executable ? EXECUTABLE_MODE : FILE_MODE,
      compress: true,
    });
  }
  zip.end();
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    zip.outputStream.on('data', (chunk: Buffer) => chunks.push(chunk));
    zip.outputStream.on('error', reject);
    zip.outputStream.on('end', () => resolve(Buffer.concat(chunks)));
  });
}

/**
 * Every regular file under `dir`, as archive entries. A symbolic link is followed only
 * when its target is inside `dir` itself: one pointing out (at ~/.aws, /etc, another part
 * of the runner) stops the zip with an error instead of packaging what it points at.
 */
export async function readDirectoryEntries(dir: string): Promise<ZipEntry[]> {
  const entries: ZipEntry[] = [];
  const realRoot = await realpath(dir);
  const walk = async (current: string): Promise<void> => {
    for (const name of await readdir(current)) {
      const full = join(current, name);
      if ((await lstat(full)).isSymbolicLink()) await assertLinkInside(full, dir, realRoot);
      const info = await stat(full);
      if (info.isDirectory()) {
        await walk(full);
      } else if (info.isFile()) {
        entries.push({
          path: relative(dir, full).split(sep).join('/'),
          data: await readFile(full),
          executable: (info.mode & 0o100) !== 0,
        });
      }
    }
  };
  await walk(dir);
  return entries;
}

async function assertLinkInside(link: string, dir: string, realRoot: string): Promise<void> {
  const target = await realpath(link).catch(() => undefined);
  if (target !== undefined && isInside(target, realRoot)) return;
  throw new ServerlessActionError(
    `${relative(dir, link)} in ${dir} is a symbolic link to ${target === undefined ? 'a missing file' : 'a place outside the directory'}: a function's code is zipped from its own directory only`,
    'ASSET_OUTSIDE',
    "copy the files the link points at into the function's directory (or bundle an entry file), then run again",
  );
}

export async function zipDirectory(dir: string): Promise<Buffer> {
  return zipEntries(await readDirectoryEntries(dir));
}

export function sha256Hex(data: Buffer | string): string {
  return createHash('sha256').update(data).digest('hex');
}
