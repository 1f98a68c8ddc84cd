import { mkdtempSync, mkdirSync, writeFileSync, chmodSync, symlinkSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FIXED_MTIME, sha256Hex, zipDirectory, zipEntries } from '../../src/assets/zip';

function makeTree(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'zip-test-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

/** Central-directory file names, in archive order. */
function entryNames(zip: Buffer): string[] {
  const names: string[] = [];
  for (let i = 0; i + 46 <= zip.length; i++) {
    if (zip.readUInt32LE(i) !== 0x02014b50) continue;
    const nameLength = zip.readUInt16LE(i + 28);
    names.push(zip.subarray(i + 46, i + 46 + nameLength).toString());
  }
  return names;
}

describe('deterministic zips', () => {
  it('gives identical bytes for the same files regardless of creation order and mtimes', async () => {
    const a = makeTree({ 'b.js': 'B', 'a/index.js': 'A', 'z.txt': 'Z' });
    const b = makeTree({ 'z.txt': 'Z', 'a/index.js': 'A', 'b.js': 'B' });
    utimesSync(join(b, 'b.js'), new Date('2020-05-05'), new Date('2020-05-05'));
    const [zipA, zipB] = await Promise.all([zipDirectory(a), zipDirectory(b)]);
    expect(sha256Hex(zipA)).toBe(sha256Hex(zipB));
  });

  it('sorts entries by path', async () => {
    const zip = await zipDirectory(makeTree({ 'z.js': '1', 'a.js': '2', 'm/n.js': '3' }));
    expect(entryNames(zip)).toEqual(['a.js', 'm/n.js', 'z.js']);
  });

  it('changes the hash when content changes', async () => {
    const one = await zipDirectory(makeTree({ 'index.js': 'v1' }));
    const two = await zipDirectory(makeTree({ 'index.js': 'v2' }));
    expect(sha256Hex(one)).not.toBe(sha256Hex(two));
  });

  it('keeps the execute bit and fixes the timestamp', async () => {
    const dir = makeTree({ bootstrap: '#!/bin/sh', 'lib.js': 'x' });
    chmodSync(join(dir, 'bootstrap'), 0o755);
    chmodSync(join(dir, 'lib.js'), 0o600);
    const zip = await zipDirectory(dir);
    const modes: Record<string, number> = {};
    for (let i = 0; i + 46 <= zip.length; i++) {
      if (zip.readUInt32LE(i) !== 0x02014b50) continue;
      const name = zip.subarray(i + 46, i + 46 + zip.readUInt16LE(i + 28)).toString();
      modes[name] = zip.readUInt32LE(i + 38) >>> 16;
      // DOS date field: 1980-01-01 is (0 << 9) | (1 << 5) | 1 = 33.
      expect(zip.readUInt16LE(i + 14)).toBe(33);
    }
    expect(modes).toEqual({ bootstrap: 0o100755, 'lib.js': 0o100644 });
    expect(FIXED_MTIME.getUTCFullYear()).toBe(1980);
  });

  it('zips in-memory entries the same way as the directory walk', async () => {
    const fromEntries = await zipEntries([
      { path: 'x.js', data: Buffer.from('x'), executable: false },
    ]);
    const fromDir = await zipDirectory(makeTree({ 'x.js': 'x' }));
    expect(fromEntries.equals(fromDir)).toBe(true);
  });
});

describe('symbolic links in a zipped directory', () => {
  it('follows a link that stays inside the directory', async () => {
    const dir = makeTree({ 'lib/util.js': 'U', 'index.js': 'I' });
    symlinkSync(join(dir, 'lib'), join(dir, 'shared'));
    expect(entryNames(await zipDirectory(dir))).toEqual([
      'index.js',
      'lib/util.js',
      'shared/util.js',
    ]);
  });

  it('refuses a link to a file or directory outside it, naming the link', async () => {
    const secrets = makeTree({ credentials: '[default]\naws_secret_access_key = x\n' });
    const fileLink = makeTree({ 'index.js': 'I' });
    symlinkSync(join(secrets, 'credentials'), join(fileLink, 'config'));
    await expect(zipDirectory(fileLink)).rejects.toMatchObject({
      code: 'ASSET_OUTSIDE',
      message: expect.stringMatching(/^config in .* is a symbolic link to a place outside/),
    });
    const dirLink = makeTree({ 'index.js': 'I' });
    symlinkSync(secrets, join(dirLink, 'aws'));
    await expect(zipDirectory(dirLink)).rejects.toMatchObject({ code: 'ASSET_OUTSIDE' });
  });
});
