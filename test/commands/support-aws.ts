// Runs plan / deploy / destroy as the CLI does (same Command functions), against moto, with
// the fake credentials the SDK's default chain reads from the environment.
import { resolve } from 'node:path';
import type { CommandOptions } from '../../src/commands/options';
import type { Command } from '../../src/commands/registry';
import type { ResourceChange, SeedOutputs } from '../../src/deploy/types';
import { memoryLogger } from '../../src/io';
import { MOTO_CREDENTIALS } from '../support/moto';

export const SEED_EXAMPLE = resolve(__dirname, '../../examples/seed-example');
export const ENV_CONFIG = resolve(__dirname, '../fixtures/deploy/env-config');

/** The default chain reads process.env; set moto's fake credentials for the test file. */
export function useMotoCredentials(): void {
  const saved: Record<string, string | undefined> = {};
  beforeAll(() => {
    for (const [key, value] of Object.entries(MOTO_CREDENTIALS)) {
      saved[key] = process.env[key];
      process.env[key] = value;
    }
  });
  afterAll(() => {
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  });
}

export async function runCommand(
  command: Command,
  cwd: string,
  endpoint: string,
  options: Partial<CommandOptions> = {},
): Promise<{ code: number; stdout: string; log: string[] }> {
  const out: string[] = [];
  const logger = memoryLogger();
  const code = await command({
    options: {
      config: 'serverless.config.yml',
      format: 'json',
      out: 'cdk.out',
      allowReplacement: false,
      force: false,
      verbose: false,
      endpointUrl: endpoint,
      region: 'us-east-1',
      // The seed's VPC and certificate values are placeholders (the SPEC keeps them as they
      // stand); moto accepts them, AWS would not. plan-refusal tests pass false explicitly.
      allowPlaceholders: cwd === SEED_EXAMPLE,
      ...options,
    },
    logger,
    print: (text) => out.push(text),
    env: {},
    cwd,
  });
  return { code, stdout: out.join('\n'), log: logger.lines };
}

/** SPEC §2's deploy JSON. */
export interface DeployJson {
  readonly stackName: string;
  readonly hasChanges: boolean;
  readonly outputs: SeedOutputs;
}

/** SPEC §2's plan JSON. */
export interface PlanJson {
  readonly stackName: string;
  readonly hasChanges: boolean;
  readonly changes: readonly ResourceChange[];
  readonly cost: { readonly monthlyUsd: number };
  readonly findings: readonly unknown[];
}
