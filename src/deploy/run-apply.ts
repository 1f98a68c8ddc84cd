// deploy --plan DIR: execute exactly the change set a plan directory names, without
// synthesizing again, when it is still executable; else refuse and execute nothing.
// Still executable: the change set exists (CREATE_COMPLETE, AVAILABLE), the stack is as the
// plan saw it, the account and region are the plan's, and every file matches its hash.
import {
  DescribeChangeSetCommand,
  type DescribeChangeSetCommandOutput,
  type Stack,
} from '@aws-sdk/client-cloudformation';
import { errorMessage } from '../errors';
import type { CfnTemplate } from '../synth/types';
import { describeStack } from './cfn';
import { callerEnvironment, type DeployDeps, type DeployOptions } from './context';
import { commitFromDescription } from './digest';
import { formatChanges } from './format';
import { assertNoDataLoss } from './guard';
import { assertNoMoves, layoutOf } from './moves';
import { withKnownPlan } from './outcome';
import { originsOfTree } from '../synth/origins';
import {
  PlanNotExecutableError,
  plannedAgainst,
  readPlanDir,
  type LoadedPlan,
  type PlannedAgainst,
} from './plan-dir';
import { assertNotRollingBack } from './rollback';
import { keepDeployed } from './history';
import { ensureProtection } from './protection';
import { EPHEMERAL_TAG } from './run-destroy';
import { execute, resolveOutputs, type DeployOutcome } from './run-deploy';
import { publish } from './upload';
import type { PlanResult } from './types';

export async function runPlannedDeploy(
  dir: string,
  deps: DeployDeps,
  options: DeployOptions = {},
): Promise<DeployOutcome> {
  const loaded = await readPlanDir(dir);
  const { plan } = loaded;
  const result = planResultOf(loaded);
  try {
    const current = await describeStack(deps.clients.cloudFormation, plan.stackName);
    const reasons = [
      ...(await environmentProblems(loaded, deps)),
      ...stackProblems(plan.plannedAgainst, current),
      ...(plan.hasChanges ? await changeSetProblems(loaded, deps) : []),
    ];
    if (reasons.length > 0) throw new PlanNotExecutableError(dir, reasons);
    const template = JSON.parse(loaded.templateBody) as CfnTemplate;
    const stack = {
      template,
      nested: loaded.nested,
      origins: originsOfTree({ template, nested: loaded.nested }),
    };
    if (!plan.hasChanges) {
      deps.logger.info(`${plan.stackName}: the plan has no changes and the stack is unchanged`);
      return {
        ...result,
        outputs: await resolveOutputs(stack, current!, deps),
        status: current!.StackStatus ?? 'UNKNOWN',
        noop: true,
      };
    }
    await assertNotRollingBack(
      {
        stackName: plan.stackName,
        deployed: commitFromDescription(current?.Description),
        requested: plan.commit,
        allowRollback: options.allowRollback ?? false,
        ...(options.isAncestor !== undefined && { isAncestor: options.isAncestor }),
      },
      deps.logger,
    );
    deps.logger.info(formatChanges(plan.changes));
    assertNoMoves(plan.changes, layoutOf(stack));
    assertNoDataLoss(plan.changes, options.allowReplacement ?? false);
    const assets = await publish(loaded.assets, deps);
    deps.logger.info(`executing the planned change set ${plan.changeSetId!}`);
    // The stage's protection as planned (plan.json), unless the caller knows better.
    const stackSettings = options.stackSettings ?? plan.stackSettings;
    const final = await execute(
      plan.stackName,
      {
        result,
        current,
        ...(current?.StackId !== undefined && { stackId: current.StackId }),
        noop: false,
      },
      deps,
      { ...options, ...(stackSettings !== undefined && { stackSettings }) },
    );
    if (stackSettings !== undefined) {
      await ensureProtection(
        deps.clients.cloudFormation,
        final,
        stackSettings,
        deps.logger,
        deps.clients.cloudFormationOnce,
      );
    }
    const tags = Object.fromEntries((final.Tags ?? []).map((t) => [t.Key ?? '', t.Value ?? '']));
    if (tags[EPHEMERAL_TAG] !== 'true') {
      await keepDeployed(
        {
          stackName: plan.stackName,
          template,
          tags,
          assets: loaded.assets,
          final,
          ...(plan.commit !== undefined && { commit: plan.commit }),
          ...(plan.changeSetId !== undefined && { changeSetId: plan.changeSetId }),
          ...(options.artifactBucket !== undefined && { artifactBucket: options.artifactBucket }),
        },
        deps,
      );
    }
    return {
      ...result,
      outputs: await resolveOutputs(stack, final, deps),
      status: final.StackStatus ?? 'UNKNOWN',
      noop: false,
      assets,
    };
  } catch (error) {
    throw withKnownPlan(error, result);
  }
}

/** What the plan directory says, as the report and the outputs read a plan. */
export function planResultOf(loaded: LoadedPlan): PlanResult {
  const { plan, review } = loaded;
  return {
    stackName: plan.stackName,
    hasChanges: plan.hasChanges,
    changes: plan.changes,
    ...(plan.changeSetId !== undefined && { changeSetId: plan.changeSetId }),
    ...(plan.changeSetType !== undefined && { changeSetType: plan.changeSetType }),
    ...(review !== undefined && { cost: review.cost, findings: review.findings }),
    planDir: loaded.dir,
  };
}

async function environmentProblems(loaded: LoadedPlan, deps: DeployDeps): Promise<string[]> {
  const { plan } = loaded;
  const problems: string[] = [];
  if (deps.clients.region !== plan.region) {
    problems.push(
      `the plan is for region ${plan.region}, this deploy is in ${deps.clients.region}`,
    );
  }
  const env = await callerEnvironment(deps);
  if (plan.account !== '' && env.account !== plan.account) {
    problems.push(`the plan is for account ${plan.account}, these credentials are ${env.account}`);
  }
  return problems;
}

/** The stack must be exactly as planned against: same status, digest and update time. */
export function stackProblems(
  planned: PlannedAgainst | null,
  current: Stack | undefined,
): string[] {
  const now = plannedAgainst(current);
  if (planned === null) {
    return now === null ? [] : [`the stack was created after the plan (now ${now.status})`];
  }
  if (now === null) return [`the stack ${planned.stackId ?? ''} was deleted after the plan`.trim()];
  const problems: string[] = [];
  if (planned.stackId !== undefined && now.stackId !== planned.stackId) {
    problems.push('the stack was deleted and created again after the plan');
  } else if (now.lastUpdated !== planned.lastUpdated || now.digest !== planned.digest) {
    problems.push(
      `the stack changed after the plan (updated ${now.lastUpdated ?? 'never'}, planned against ${planned.lastUpdated ?? 'none'})`,
    );
  } else if (now.status !== planned.status) {
    problems.push(`the stack is ${now.status} now, it was ${planned.status} when planned`);
  }
  return problems;
}

async function changeSetProblems(loaded: LoadedPlan, deps: DeployDeps): Promise<string[]> {
  const { plan } = loaded;
  let described: DescribeChangeSetCommandOutput;
  try {
    described = await deps.clients.cloudFormation.send(
      new DescribeChangeSetCommand({ StackName: plan.stackName, ChangeSetName: plan.changeSetId }),
    );
  } catch (error) {
    return [`the change set ${plan.changeSetId!} is gone (${errorMessage(error)})`];
  }
  const problems: string[] = [];
  if (described.Status !== 'CREATE_COMPLETE') {
    problems.push(
      `the change set is ${described.Status ?? 'in an unknown state'}, not CREATE_COMPLETE`,
    );
  }
  if (described.ExecutionStatus !== undefined && described.ExecutionStatus !== 'AVAILABLE') {
    problems.push(`the change set cannot be executed (${described.ExecutionStatus})`);
  }
  return problems;
}
