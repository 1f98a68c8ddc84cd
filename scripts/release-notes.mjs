// Prints the CHANGELOG.md section of one version (`## [1.2.0] - 2026-12-02` up to the next
// `## `), for the GitHub release's notes. Fails when the version has no section, so a tag
// cannot be released without its notes.
// Usage: node scripts/release-notes.mjs 1.2.0 [CHANGELOG.md]
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The body of `version`'s section of a Keep a Changelog file, or undefined. */
export function releaseNotes(changelog, version) {
  const lines = changelog.split('\n');
  const start = lines.findIndex((line) => {
    const heading = /^## \[([^\]]+)\]/.exec(line);
    return heading !== null && heading[1] === version;
  });
  if (start === -1) return undefined;
  const rest = lines.slice(start + 1);
  const end = rest.findIndex((line) => line.startsWith('## ') || /^\[[^\]]+\]: /.test(line));
  const body = (end === -1 ? rest : rest.slice(0, end)).join('\n').trim();
  return body === '' ? undefined : body + '\n';
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const version = (process.argv[2] ?? '').replace(/^v/, '');
  const file = process.argv[3] ?? new URL('../CHANGELOG.md', import.meta.url);
  const notes = releaseNotes(readFileSync(file, 'utf8'), version);
  if (notes === undefined) {
    process.stderr.write(
      `${String(file)} has no section "## [${version}]" with notes: move the Unreleased entries under it (CONTRIBUTING.md, "Cutting a release").\n`,
    );
    process.exit(1);
  }
  process.stdout.write(notes);
}
