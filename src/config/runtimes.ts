// Lambda runtimes with AWS's published deprecation dates (the day AWS stops applying
// security patches; creating functions is blocked some months later). Source:
// https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html, read 2026-11.
// A runtime missing from this table is an error (with a "did you mean"), so a typo
// never reaches CloudFormation.

export interface RuntimeInfo {
  /** Language family, used to pick code packaging (esbuild bundles only `node`). */
  readonly family: 'node' | 'python' | 'java' | 'dotnet' | 'ruby' | 'provided' | 'go';
  /** ISO date AWS deprecates it; absent while AWS has not announced one. */
  readonly deprecated?: string;
  /** esbuild `target` for node runtimes. */
  readonly esbuildTarget?: string;
}

export const RUNTIMES: Readonly<Record<string, RuntimeInfo>> = {
  'nodejs24.x': { family: 'node', esbuildTarget: 'node24' },
  'nodejs22.x': { family: 'node', deprecated: '2027-04-30', esbuildTarget: 'node22' },
  'nodejs20.x': { family: 'node', deprecated: '2026-04-30', esbuildTarget: 'node20' },
  'nodejs18.x': { family: 'node', deprecated: '2025-09-01', esbuildTarget: 'node18' },
  'nodejs16.x': { family: 'node', deprecated: '2024-06-12', esbuildTarget: 'node16' },
  'python3.14': { family: 'python' },
  'python3.13': { family: 'python' },
  'python3.12': { family: 'python', deprecated: '2028-10-31' },
  'python3.11': { family: 'python', deprecated: '2027-06-30' },
  'python3.10': { family: 'python', deprecated: '2026-10-31' },
  'python3.9': { family: 'python', deprecated: '2025-12-15' },
  java25: { family: 'java' },
  java21: { family: 'java' },
  java17: { family: 'java' },
  java11: { family: 'java' },
  'java8.al2': { family: 'java' },
  dotnet10: { family: 'dotnet' },
  dotnet8: { family: 'dotnet', deprecated: '2026-11-10' },
  'ruby3.4': { family: 'ruby' },
  'ruby3.3': { family: 'ruby', deprecated: '2026-03-31' },
  'ruby3.2': { family: 'ruby', deprecated: '2026-03-31' },
  'provided.al2023': { family: 'provided' },
  'provided.al2': { family: 'provided', deprecated: '2026-06-30' },
  'go1.x': { family: 'go', deprecated: '2024-01-08' },
};

export const DEFAULT_RUNTIME = 'nodejs22.x';

/** True when AWS's deprecation date for `runtime` is on or before `today` (YYYY-MM-DD). */
export function isDeprecated(runtime: string, today: string): boolean {
  const date = RUNTIMES[runtime]?.deprecated;
  return date !== undefined && date <= today;
}
