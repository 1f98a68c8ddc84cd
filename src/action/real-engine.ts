// The real engine behind `run`: synth -> review -> plan/deploy/destroy, on SDK clients built
// with this run's credentials. Loaded lazily by main.ts (it brings aws-cdk-lib).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAwsClients, type AwsClients } from '../aws/clients';
import { locateChanges } from '../deploy/locate';
import { runDeploy, runDestroy, runPlan, type DeployDeps } from '../deploy';
import { runHotswap } from '../deploy/hotswap';
import type { DeployedBaseline, PlanResult } from '../deploy/types';
import type { Clock, Logger } from '../io';
import { review } from '../review';
import { deployedBaseline } from '../review/baseline';
import { stackGraph } from '../review/graph';
import { rolloutOf } from '../review/rollout';
import { wholeTemplate } from '../review/whole-template';
import { bundledPrices, estimateCost } from '../review/cost';
import type { ReviewResult } from '../review/types';
import { synthesize, type SynthesizedStack } from '../synth';
import { describeSize } from '../synth/size';
import type { ActionEngine, EngineRequest } from './engine';
import { deployedStack } from './deployed-stack';
import { findingsGate } from './gate';
import { runPlannedDeploy } from '../deploy/run-apply';
import { savePlan } from '../deploy/save-plan';
import { COMMENT_LIMIT, renderFitted } from '../report/render';
import { withKnownPlan } from '../deploy/outcome';
import { resolveStackSettings, type StackSettings } from '../deploy/stack-defaults';
import { isProdLikeEnvironment } from '../config/ephemeral';

/** The stage's stack options and whether to detect drift (default: on for prod-like stages). */
function stackOptionsOf(request: EngineRequest): {
  stackSettings: StackSettings;
  detectDrift: boolean;
} {
  const { loaded } = request;
  return {
    stackSettings: resolveStackSettings(loaded.environment, loaded.config.stack, request.ephemeral),
    detectDrift: request.detectDrift ?? isProdLikeEnvironment(loaded.environment),
  };
}

export function realEngine(clock: Clock, logger: Logger): ActionEngine {
  const withClients = async <T>(
    request: Pick<EngineRequest, 'region' | 'endpointUrl' | 'credentials'>,
    work: (deps: DeployDeps & { readonly clients: AwsClients }) => Promise<T>,
  ): Promise<T> => {
    const clients: AwsClients = createAwsClients({
      region: request.region,
      ...(request.endpointUrl !== undefined && { endpoint: request.endpointUrl }),
      ...(request.credentials !== undefined && { credentials: request.credentials }),
    });
    try {
      return await work({ clients, clock, logger });
    } finally {
      clients.destroy();
    }
  };

  return {
    plan: (request) =>
      withClients(request, (deps) =>
        withStack(request, async (stack, reviewed) => {
          const deployed = await deployedState(request, deps, clock);
          const outcome = await runPlan(stack, deps, {
            ...commitOption(request),
            ...stackOptionsOf(request),
          });
          const result = merge(outcome.result, reviewed, deployed, request, stack);
          if (request.planOut === undefined) return result;
          await savePlan(
            {
              dir: request.planOut,
              environment: request.loaded.environment,
              outcome,
              result,
              review: reviewed,
              comment: planComment(result, request, clock),
              ...commitOption(request),
              stackSettings: stackOptionsOf(request).stackSettings,
            },
            deps,
          );
          return { ...result, planDir: request.planOut };
        }),
      ),
    deploy: (request) =>
      withClients(request, (deps) =>
        withStack(request, async (stack, reviewed) => {
          // The gate runs before anything reaches the account: review needs no AWS.
          const gate = findingsGate(reviewed.findings, request.failOn, {
            stackName: stack.stackName,
            hasChanges: false,
            changes: [],
            cost: reviewed.cost,
            findings: reviewed.findings,
          });
          if (gate) throw gate;
          const deployed = await deployedState(request, deps, clock);
          try {
            if (request.hotswap) {
              const swapped = await runHotswap(stack, deps, {
                force: request.force,
                ...(request.artifactBucket !== undefined && {
                  artifactBucket: request.artifactBucket,
                }),
              });
              if (swapped.kind === 'hotswapped') {
                return merge(swapped.outcome, reviewed, deployed, request, stack);
              }
              logger.info(`hotswap not possible: ${swapped.reason}; deploying with a change set`);
            }
            const outcome = await runDeploy(stack, deps, {
              allowReplacement: request.allowReplacement,
              allowRollback: request.allowRollback ?? false,
              ...(request.isAncestor !== undefined && { isAncestor: request.isAncestor }),
              ...commitOption(request),
              ...stackOptionsOf(request),
              ...(request.allowDrift === true && { allowDrift: true }),
              ...(request.artifactBucket !== undefined && {
                artifactBucket: request.artifactBucket,
              }),
            });
            return merge(outcome, reviewed, deployed, request, stack);
          } catch (error) {
            const base = { stackName: stack.stackName, hasChanges: false, changes: [] };
            throw withKnownPlan(error, merge(base, reviewed, deployed, request, stack));
          }
        }),
      ),
    destroy: (request) =>
      withClients(request, (deps) => runDestroy(request.stackName, deps, { force: request.force })),
    apply: (request) =>
      withClients(request, (deps) =>
        runPlannedDeploy(request.planDir, deps, {
          allowReplacement: request.allowReplacement,
          allowRollback: request.allowRollback ?? false,
          ...(request.isAncestor !== undefined && { isAncestor: request.isAncestor }),
        }),
      ),
  };

  async function withStack<T>(
    request: EngineRequest,
    work: (stack: SynthesizedStack, reviewed: ReviewResult) => Promise<T>,
  ): Promise<T> {
    const outDir = await mkdtemp(join(tmpdir(), 'serverless-action-'));
    try {
      const stack = await synthesize(request.loaded, {
        outDir,
        ephemeral: request.ephemeral,
        ...(request.artifactBucket !== undefined && { artifactBucket: request.artifactBucket }),
      });
      logger.info(`synthesized ${stack.stackName}: ${describeSize(stack)}`);
      for (const warning of stack.warnings ?? []) logger.warn(warning);
      const reviewed = await review(stack, {
        region: request.region,
        today: clock.now().toISOString().slice(0, 10),
      });
      for (const warning of reviewed.warnings ?? []) logger.warn(warning);
      return await work(stack, reviewed);
    } finally {
      await rm(outDir, { recursive: true, force: true });
    }
  }
}

interface DeployedState {
  readonly monthlyUsd: number;
  readonly baseline: DeployedBaseline;
}

/**
 * What is deployed now, for the comment: its monthly cost (the delta) and its findings (new vs
 * already there); undefined on a first deploy.
 */
async function deployedState(
  request: EngineRequest,
  deps: DeployDeps,
  clock: Clock,
): Promise<DeployedState | undefined> {
  const deployed = await deployedStack(deps.clients.cloudFormation, request.stackName);
  if (deployed === undefined) return undefined;
  // Past 500 resources the functions are in nested stacks: compared as one template.
  const template = wholeTemplate(deployed);
  const { book } = bundledPrices(request.region);
  return {
    monthlyUsd: estimateCost(template, request.loaded.config.usage, book, request.region)
      .monthlyUsd,
    baseline: deployedBaseline(template, clock.now().toISOString().slice(0, 10)),
  };
}

function merge<T extends PlanResult>(
  result: T,
  reviewed: ReviewResult,
  deployed: DeployedState | undefined,
  request: EngineRequest,
  stack: SynthesizedStack,
): T {
  // Past 500 resources the functions are in nested stacks: the picture shows them all.
  const template = wholeTemplate(stack);
  return {
    ...result,
    changes: locateChanges(result.changes, (path) => request.loaded.locate(path)),
    cost: reviewed.cost,
    findings: reviewed.findings,
    graph: stackGraph(template, stack.origins),
    rollout: rolloutOf(template, stack.origins),
    ...(deployed !== undefined && {
      deployedMonthlyUsd: deployed.monthlyUsd,
      previous: deployed.baseline,
    }),
  };
}

function commitOption(request: Pick<EngineRequest, 'commit'>): { commit?: string } {
  return request.commit !== undefined ? { commit: request.commit } : {};
}

/** The plan's report as the pull request comment shows it, saved beside the plan. */
function planComment(result: PlanResult, request: EngineRequest, clock: Clock): string {
  return renderFitted(
    {
      command: 'plan',
      outcome: { kind: 'plan', plan: result },
      updatedAt: clock.now(),
      stackName: result.stackName,
      environment: request.loaded.environment,
      ...(request.commit !== undefined && { sha: request.commit }),
    },
    COMMENT_LIMIT,
    { allowReplacement: request.allowReplacement },
  );
}
