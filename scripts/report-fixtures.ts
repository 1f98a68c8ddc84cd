// Writes the inputs of the report's golden files: for each example the Report of a plan, a no-op, a refusal and a failure, built from the real
// synth, review and change classification (no AWS: changes are derived from two templates, as
// on moto, where CloudFormation gives no Details). The goldens themselves are rendered from
// these by test/report/golden.test.ts (UPDATE_GOLDEN=1 rewrites them).
//
//   npx ts-node --transpile-only scripts/report-fixtures.ts
import type { Change } from '@aws-sdk/client-cloudformation';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { causeOf } from '../src/action/failure';
import { loadConfig } from '../src/config';
import {
  changedProperties,
  classifyChange,
  customName,
  propertyChanges,
  sortChanges,
} from '../src/deploy/classify';
import { DataLossError } from '../src/deploy/guard';
import { locateChanges } from '../src/deploy/locate';
import { originsOf } from '../src/synth/origins';
import type { PlanResult, ResourceChange } from '../src/deploy/types';
import { ServerlessActionError } from '../src/errors';
import type { Report } from '../src/report/model';
import { review } from '../src/review';
import { deployedBaseline } from '../src/review/baseline';
import { bundledPrices, estimateCost } from '../src/review/cost';
import { stackGraph } from '../src/review/graph';
import { rolloutOf } from '../src/review/rollout';
import { synthesize } from '../src/synth';
import type { CfnTemplate, SynthesizedStack } from '../src/synth/types';

const ROOT = join(__dirname, '..');
const OUT = join(ROOT, 'test/fixtures/report');
const TODAY = '2026-11-28';
const UPDATED_AT = '2026-11-28T06:00:17.123Z';
const SHA = '0123456789abcdef0123456789abcdef01234567';

const EXAMPLES = ['api-crud', 'event-pipeline', 'rest-api', 'seed-example'];

/** Changes between two templates, classified as the plan classifies a Details-less change set. */
export function changesBetween(
  before: CfnTemplate | undefined,
  after: CfnTemplate,
  origins: SynthesizedStack['origins'],
): ResourceChange[] {
  const old = before?.Resources ?? {};
  const ids = new Set([...Object.keys(old), ...Object.keys(after.Resources)]);
  const previousOrigins = before ? originsOf(before) : {};
  const out: ResourceChange[] = [];
  for (const id of ids) {
    const a = old[id];
    const b = after.Resources[id];
    if (a !== undefined && b !== undefined && JSON.stringify(a) === JSON.stringify(b)) continue;
    const action = a === undefined ? 'Add' : b === undefined ? 'Remove' : 'Modify';
    const type = (b ?? a)!.Type;
    const change: Change = {
      Type: 'Resource',
      ResourceChange: {
        Action: action,
        LogicalResourceId: id,
        ResourceType: type,
        ...(action !== 'Add' && { PhysicalResourceId: `${id.toLowerCase()}-physical` }),
      },
    };
    const origin = origins[id] ?? previousOrigins[id];
    const named = action === 'Modify' ? customName(type, b) : undefined;
    out.push(
      classifyChange(change, {
        ...(origin !== undefined && { resource: origin.key, configPath: origin.path }),
        ...(action === 'Modify' && {
          changedProperties: changedProperties(a, b),
          properties: propertyChanges(a, b),
        }),
        ...(named !== undefined && { customName: named }),
      }),
    );
  }
  return sortChanges(out);
}

/**
 * "What was deployed before": the same stack with a function at another memory size and
 * timeout (so another version), a table with another key (so the new one replaces it under its fixed name), and a
 * queue the new config no longer has.
 */
function previousVersion(template: CfnTemplate): CfnTemplate {
  const resources = JSON.parse(JSON.stringify(template.Resources)) as CfnTemplate['Resources'];
  const fn = Object.values(resources).find((r) => r.Type === 'AWS::Lambda::Function');
  if (fn?.Properties) {
    const memory = Number(fn.Properties['MemorySize'] ?? 128);
    fn.Properties['MemorySize'] = memory === 128 ? 256 : 128;
    fn.Properties['Timeout'] = 3;
  }
  // Another function is another version: its logical id carries the function's hash.
  const versionId = Object.keys(resources).find(
    (id) => resources[id]!.Type === 'AWS::Lambda::Version',
  );
  if (versionId !== undefined) {
    const previousId = `${versionId.replace(/[0-9A-F]{8}$/, '')}0PREVIOUS`;
    resources[previousId] = resources[versionId]!;
    delete resources[versionId];
    for (const resource of Object.values(resources)) {
      const version = resource.Properties?.['FunctionVersion'] as { 'Fn::GetAtt'?: unknown[] };
      if (resource.Type === 'AWS::Lambda::Alias' && version?.['Fn::GetAtt']?.[0] === versionId) {
        resource.Properties!['FunctionVersion'] = { 'Fn::GetAtt': [previousId, 'Version'] };
      }
    }
  }
  const table = Object.values(resources).find((r) => r.Type === 'AWS::DynamoDB::Table');
  if (table?.Properties) {
    table.Properties['KeySchema'] = [{ AttributeName: 'pk', KeyType: 'HASH' }];
  }
  resources['LegacyQueue'] = {
    Type: 'AWS::SQS::Queue',
    Properties: { QueueName: 'legacy-jobs', SqsManagedSseEnabled: true },
  };
  return { ...template, Resources: resources };
}

async function reports(configFile: string, name: string): Promise<Record<string, Report>> {
  const scratch = mkdtempSync(join(tmpdir(), 'report-fixtures-'));
  try {
    const loaded = await loadConfig(configFile, { cwd: ROOT, today: TODAY });
    const stack = await synthesize(loaded, { outDir: scratch });
    const reviewed = await review(stack, { today: TODAY });
    const graph = stackGraph(stack.template, stack.origins);
    const configPath = relative(ROOT, join(ROOT, configFile));
    const before = previousVersion(stack.template);
    const { book } = bundledPrices('us-east-1');
    const deployedMonthlyUsd = estimateCost(before, loaded.config.usage, book, 'us-east-1', {
      origins: originsOf(before),
    }).monthlyUsd;
    const rollout = rolloutOf(stack.template, stack.origins);
    const common = { cost: reviewed.cost, findings: reviewed.findings, graph, rollout };
    const created: PlanResult = {
      stackName: stack.stackName,
      hasChanges: true,
      changeSetId: `arn:aws:cloudformation:us-east-1:123456789012:changeSet/sa-1764309617123/${name}`,
      changeSetType: 'CREATE',
      changes: locateChanges(changesBetween(undefined, stack.template, stack.origins), (path) =>
        loaded.locate(path),
      ),
      ...common,
    };
    const updated: PlanResult = {
      ...created,
      changeSetType: 'UPDATE',
      changes: locateChanges(changesBetween(before, stack.template, stack.origins), (path) =>
        loaded.locate(path),
      ),
      deployedMonthlyUsd,
      previous: deployedBaseline(before, TODAY),
    };
    const noop: PlanResult = {
      stackName: stack.stackName,
      hasChanges: false,
      changes: [],
      ...common,
      deployedMonthlyUsd: reviewed.cost.monthlyUsd,
      previous: deployedBaseline(stack.template, TODAY),
    };
    const base = {
      stackName: stack.stackName,
      environment: loaded.environment,
      updatedAt: UPDATED_AT as unknown as Date,
      sha: SHA,
      runUrl: 'https://github.com/octo/app/actions/runs/9',
      repoUrl: 'https://github.com/octo/app',
      configPath,
      toolVersion: '0.1.0',
      failOn: 'high' as const,
    };
    const risky = updated.changes.filter((c) => c.risk === 'data-loss');
    const refusal =
      risky.length > 0
        ? new DataLossError(risky)
        : new ServerlessActionError(
            'refusing to deploy: 1 security finding at or above "high"',
            'FINDINGS_GATE',
            'fix them, or add a `suppressions` entry with a reason to the config, or raise the `fail-on` input',
          );
    const failure = new ServerlessActionError(
      `stack ${stack.stackName} is UPDATE_ROLLBACK_COMPLETE: Resource handler returned message: "Rate exceeded" (the deploy was rolled back; nothing changed)`,
      'STACK_FAILED',
      'read the first failed event above; the stack is back to what it was and can be deployed again',
    );
    return {
      plan: { ...base, command: 'plan', outcome: { kind: 'plan', plan: updated } },
      'plan-new': { ...base, command: 'plan', outcome: { kind: 'plan', plan: created } },
      'no-op': { ...base, command: 'plan', outcome: { kind: 'plan', plan: noop } },
      refused: {
        ...base,
        command: 'deploy',
        outcome: { kind: 'failure', error: causeOf(refusal), plan: updated },
      },
      failed: {
        ...base,
        command: 'deploy',
        outcome: { kind: 'failure', error: causeOf(failure), plan: updated },
      },
    };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const write = (dir: string, all: Record<string, Report>): void => {
    mkdirSync(dir, { recursive: true });
    for (const [scenario, report] of Object.entries(all)) {
      writeFileSync(join(dir, `${scenario}.json`), JSON.stringify(report, null, 1) + '\n');
    }
  };
  for (const example of EXAMPLES) {
    write(join(OUT, example), await reports(`examples/${example}/serverless.config.yml`, example));
    console.log(`wrote ${example}`);
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
