// `serverless-action rollback`: redeploy the previous successful template of the stack (kept
// in the artifact bucket's history by every deploy), or `--template FILE` / a plan directory,
// through the same guards as deploy. `rollback --continue [--skip ID ...]`: finish a rollback
// stuck in UPDATE_ROLLBACK_FAILED. JSON like deploy's, plus "from" / "skipped".
import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { CfnTemplate } from '../synth/types';
import type { Command, CommandContext } from './registry';
import { DEFAULT_CONFIG_FILE } from './options';

export const rollbackCommand: Command = async (context) => {
  const {
    asUserError,
    clientsForCommand,
    depsForCommand,
    failureJson,
    formatOutputs,
    loadForCommand,
    stackSettingsFor,
  } = await import('../deploy/cli-support');
  const { runContinueRollback, runRollback } = await import('../deploy/run-rollback');
  const { stackNameOf } = await import('../deploy/stack-name');
  const { deployJson } = await import('./deploy-json');
  const loaded = await loadForCommand(context);
  const stackName = stackNameOf(loaded);
  const clients = clientsForCommand(context);
  const { options } = context;
  try {
    const deps = depsForCommand(context, clients);
    if (options.continueRollback === true) {
      const result = await runContinueRollback(stackName, deps, {
        ...(options.skip !== undefined && { skip: options.skip }),
        continueCommand: continueCommand(context),
      });
      context.print(
        options.format === 'json'
          ? JSON.stringify({ ...result, result: 'rolled-back' })
          : `${stackName}: ${result.status}${result.skipped.length > 0 ? ` (skipped ${result.skipped.join(', ')})` : ''}`,
      );
      return 0;
    }
    const source =
      options.template !== undefined
        ? await readTemplateSource(resolve(context.cwd, options.template), options.template)
        : undefined;
    const result = await runRollback(stackName, deps, {
      stackSettings: stackSettingsFor(loaded),
      allowReplacement: options.allowReplacement,
      ...(options.detectDrift !== undefined && { detectDrift: options.detectDrift }),
      ...(options.allowDrift !== undefined && { allowDrift: options.allowDrift }),
      ...(options.artifactBucket !== undefined && { artifactBucket: options.artifactBucket }),
      ...(source !== undefined && { source }),
    });
    context.print(
      options.format === 'json'
        ? JSON.stringify({ ...deployJson(result), from: result.from })
        : [
            `${result.stackName}: ${result.status}${result.hasChanges ? '' : ' (no changes)'} — rolled back to ${result.from}`,
            formatOutputs(result.outputs),
          ].join('\n'),
    );
    return 0;
  } catch (error) {
    const userError = asUserError(error);
    if (options.format === 'json') context.print(failureJson(stackName, userError));
    throw userError;
  } finally {
    clients.destroy();
  }
};

/** A template file, or a plan directory's template (`plan --out DIR`). */
async function readTemplateSource(
  path: string,
  given: string,
): Promise<{ template: CfnTemplate; from: string }> {
  if ((await stat(path)).isDirectory()) {
    const { readPlanDir } = await import('../deploy/plan-dir');
    const loaded = await readPlanDir(path);
    return {
      template: JSON.parse(loaded.templateBody) as CfnTemplate,
      from: `the plan directory ${given}`,
    };
  }
  return { template: JSON.parse(await readFile(path, 'utf8')) as CfnTemplate, from: given };
}

/** `serverless-action rollback --continue --environment prod`, as this run was invoked. */
function continueCommand(context: CommandContext): string {
  const { options } = context;
  return [
    'serverless-action rollback --continue',
    ...(options.config !== DEFAULT_CONFIG_FILE ? ['--config', options.config] : []),
    ...(options.environment !== undefined ? ['--environment', options.environment] : []),
  ].join(' ');
}
