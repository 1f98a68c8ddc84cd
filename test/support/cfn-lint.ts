// Runs cfn-lint on a written template. Errors always fail; warnings fail too, so a template
// stays clean, unless the caller names the rule and says why it does not apply.
import { spawnSync } from 'node:child_process';

export interface CfnLintMatch {
  readonly file: string;
  readonly rule: string;
  readonly level: string;
  readonly message: string;
  readonly path: string;
}

export interface CfnLintOptions {
  /** Rule ids to accept, each with the reason (e.g. the seed's placeholder ids). */
  readonly ignore?: Readonly<Record<string, string>>;
}

interface RawMatch {
  Filename: string;
  Rule: { Id: string };
  Level: string;
  Message: string;
  Location?: { Path?: (string | number)[] };
}

/**
 * Findings of cfn-lint that are not ignored; throws when cfn-lint is missing. Several
 * templates go to one cfn-lint process: its start-up (~3 s) dominates a single run.
 */
export function cfnLint(
  templateFiles: string | readonly string[],
  options: CfnLintOptions = {},
): CfnLintMatch[] {
  const files = typeof templateFiles === 'string' ? [templateFiles] : [...templateFiles];
  const result = spawnSync('cfn-lint', ['--format', 'json', '--', ...files], {
    encoding: 'utf8',
    timeout: 120_000,
  });
  if (result.error) {
    throw new Error(
      `cfn-lint could not run (${result.error.message}); install it with \`pip install cfn-lint\``,
    );
  }
  // Exit codes are a bit mask of error (2), warning (4), informational (8); 1 is a crash.
  if (result.status === 1 || result.stdout.trim() === '') {
    if (result.status === 0) return [];
    throw new Error(`cfn-lint failed: ${result.stderr || result.stdout}`);
  }
  const matches = JSON.parse(result.stdout) as RawMatch[];
  return matches
    .filter((m) => m.Level !== 'Informational' && !(m.Rule.Id in (options.ignore ?? {})))
    .map((m) => ({
      file: m.Filename,
      rule: m.Rule.Id,
      level: m.Level,
      message: m.Message,
      path: (m.Location?.Path ?? []).join('/'),
    }));
}
