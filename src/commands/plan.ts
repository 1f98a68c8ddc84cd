// `serverless-action plan`: synthesize, create and describe a change set (not executed),
// and review cost and security. JSON: {"stackName","hasChanges","changes","cost","findings"}.
import type { Command } from './registry';

export const planCommand: Command = async (context) => {
  const {
    asUserError,
    clientsForCommand,
    depsForCommand,
    synthesizeForCommand,
    formatChanges,
    changeJson,
  } = await import('../deploy/cli-support');
  const { runPlan } = await import('../deploy/run-plan');
  const { review } = await import('../review');
  const { stack, cleanup } = await synthesizeForCommand(context);
  const clients = clientsForCommand(context);
  try {
    // Review needs no AWS: it runs while CloudFormation computes the change set.
    const [plan, reviewed] = await Promise.all([
      runPlan(stack, depsForCommand(context, clients)),
      review(stack, { region: clients.region }),
    ]);
    const { result } = plan;
    if (context.options.format === 'json') {
      context.print(
        JSON.stringify({
          stackName: result.stackName,
          hasChanges: result.hasChanges,
          changes: result.changes.map(changeJson),
          cost: reviewed.cost,
          findings: reviewed.findings,
          ...(result.changeSetId !== undefined && { changeSetId: result.changeSetId }),
        }),
      );
    } else {
      const { formatCostText, formatFindingsText } = await import('../review/format');
      context.print(
        [
          `${result.stackName}: ${result.hasChanges ? `${result.changes.length} change(s)` : 'no changes'}` +
            (result.changeSetType ? ` (${result.changeSetType} change set)` : ''),
          formatChanges(result.changes),
          '',
          formatCostText(reviewed.cost),
          '',
          formatFindingsText(reviewed.findings),
        ].join('\n'),
      );
    }
    return 0;
  } catch (error) {
    throw asUserError(error);
  } finally {
    clients.destroy();
    await cleanup();
  }
};
