// `serverless-action plan`: synthesize, create and describe a change set (not executed),
// and review cost and security. JSON: {"stackName","hasChanges","changes","cost","findings",
// "result"}. `--out DIR` writes the plan directory `deploy --plan DIR` executes.
import { resolve } from 'node:path';
import type { Command } from './registry';

export const planCommand: Command = async (context) => {
  const {
    asUserError,
    clientsForCommand,
    depsForCommand,
    synthesizeForCommand,
    formatChanges,
    changeJson,
    failureJson,
    stackSettingsFor,
  } = await import('../deploy/cli-support');
  const { runPlan } = await import('../deploy/run-plan');
  const { formatDriftText } = await import('../deploy/drift');
  const { review } = await import('../review');
  const { headCommit } = await import('../github/ancestry');
  let stackName: string | undefined;
  try {
    const { stack, cleanup } = await synthesizeForCommand(context);
    stackName = stack.stackName;
    const clients = clientsForCommand(context);
    try {
      const deps = depsForCommand(context, clients);
      const commit = await headCommit(context.cwd, context.env);
      // Review needs no AWS: it runs while CloudFormation computes the change set.
      const [plan, reviewed] = await Promise.all([
        runPlan(stack, deps, {
          stackSettings: stackSettingsFor(stack.loaded),
          ...(context.options.detectDrift === true && { detectDrift: true }),
          ...(commit !== undefined && { commit }),
        }),
        review(stack, { region: clients.region }),
      ]);
      const result = { ...plan.result, cost: reviewed.cost, findings: reviewed.findings };
      const { planOut } = context.options;
      if (planOut !== undefined) {
        const { savePlan } = await import('../deploy/save-plan');
        const { COMMENT_LIMIT, renderFitted } = await import('../report/render');
        const comment = renderFitted(
          {
            command: 'plan',
            outcome: { kind: 'plan', plan: result },
            updatedAt: deps.clock.now(),
            stackName: stack.stackName,
            environment: stack.loaded.environment,
            ...(commit !== undefined && { sha: commit }),
          },
          COMMENT_LIMIT,
          { allowReplacement: context.options.allowReplacement },
        );
        await savePlan(
          {
            dir: resolve(context.cwd, planOut),
            environment: stack.loaded.environment,
            outcome: plan,
            result,
            review: reviewed,
            comment,
            stackSettings: stackSettingsFor(stack.loaded),
            ...(commit !== undefined && { commit }),
          },
          deps,
        );
      }
      if (context.options.format === 'json') {
        context.print(
          JSON.stringify({
            stackName: result.stackName,
            hasChanges: result.hasChanges,
            changes: result.changes.map(changeJson),
            cost: reviewed.cost,
            findings: reviewed.findings,
            ...(result.changeSetId !== undefined && { changeSetId: result.changeSetId }),
            result: result.hasChanges ? 'planned' : 'no-op',
            ...(planOut !== undefined && { planDir: planOut }),
            ...(result.drift !== undefined && { drift: result.drift }),
          }),
        );
      } else {
        const { formatCostText, formatFindingsText } = await import('../review/format');
        context.print(
          [
            `${result.stackName}: ${result.hasChanges ? `${result.changes.length} change(s)` : 'no changes'}` +
              (result.changeSetType ? ` (${result.changeSetType} change set)` : ''),
            formatChanges(result.changes),
            ...(result.drift !== undefined ? ['', formatDriftText(result.drift)] : []),
            '',
            formatCostText(reviewed.cost),
            '',
            formatFindingsText(reviewed.findings),
            ...(planOut !== undefined ? ['', `plan written to ${planOut}`] : []),
          ].join('\n'),
        );
      }
      return 0;
    } finally {
      clients.destroy();
      await cleanup();
    }
  } catch (error) {
    const userError = asUserError(error);
    if (context.options.format === 'json') context.print(failureJson(stackName, userError));
    throw userError;
  }
};
