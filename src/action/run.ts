// The action, start to finish: choose the command, load the config, get credentials, run
// the engine, then report (outputs, annotations, job summary, PR comment) whether it
// worked or not. Everything from outside comes in through RunDeps.
import { resolve } from 'node:path';
import type { AwsCredentials } from '../aws/credentials';
import type { LoadOptions, LoadedConfig } from '../config';
import type { DeployResult, DestroyResult, PlanResult } from '../deploy/types';
import { ConfigError } from '../errors';
import type { IssueCommentsApi } from '../github/comments';
import type { GithubRunContext } from '../github/context';
import type { PullRequestTarget } from '../github/octokit';
import type { ActionSettings } from '../inputs';
import type { Clock, Logger } from '../io';
import { diagnosticAnnotations, findingAnnotations } from '../report/annotations';
import type { Report, ReportOutcome } from '../report/model';
import { actionOutputs } from '../report/outputs';
import { chooseCommand, isPullRequestEvent, type CommandChoice } from './command';
import type { ActionEngine, EngineRequest } from './engine';
import { FindingsGateError, findingsGate } from './gate';
import { publishReport, type CommentTarget } from './publish';
import { causeOf, planOfFailure } from './failure';
import type { ActionSink } from './sink';
import { guessStackNameFromFile } from './stack-name';

export interface RunDeps {
  readonly settings: ActionSettings;
  readonly context: GithubRunContext;
  /** The workspace: the config path is relative to it. */
  readonly cwd: string;
  /** config/'s loadConfig; main.ts loads it lazily, so the STS call does not wait for zod. */
  readonly loadConfig: (file: string, options: LoadOptions) => Promise<LoadedConfig>;
  /** OIDC when a role is given; undefined for the SDK's default chain. */
  readonly credentials: () => Promise<AwsCredentials | undefined>;
  /** Loaded after credentials: it brings aws-cdk-lib. */
  readonly engine: () => Promise<ActionEngine>;
  /** Undefined when there is no token to comment with. */
  readonly comments?: (target: PullRequestTarget) => Promise<IssueCommentsApi>;
  readonly sink: ActionSink;
  readonly logger: Logger;
  readonly clock: Clock;
}

type EngineResult = PlanResult | DeployResult | DestroyResult;

/** Runs the action; throws (after reporting) when the step must fail. */
export async function run(deps: RunDeps): Promise<void> {
  const { settings, logger } = deps;
  const choice = chooseCommand(settings, deps.context);
  logger.info(`serverless-action ${choice.command}: ${choice.reason}`);

  let loaded: LoadedConfig | undefined;
  let result: EngineResult | undefined;
  // Credentials first: the STS exchange is the action's first AWS call, and loading the
  // config (zod, yaml: CPU-bound) while the token request is in flight would hold up its
  // callbacks. A config error still wins over a credentials error: it is the one the user
  // must fix first, and a fork's missing OIDC token would otherwise hide it.
  const credentialsOutcome = await deps.credentials().then(
    (credentials) => ({ credentials }),
    (error: unknown) => ({ error }),
  );
  try {
    loaded = await deps.loadConfig(settings.config, {
      cwd: deps.cwd,
      today: deps.clock.now().toISOString().slice(0, 10),
      ...(choice.environment !== undefined && { environment: choice.environment }),
      // The preview defaults follow the same decision as the stack's ephemeral tag.
      ephemeral: choice.ephemeral,
    });
    for (const a of diagnosticAnnotations(loaded.warnings)) deps.sink.annotate(a);
    const stackName = `${loaded.config.project_name}-${loaded.environment}`;
    if ('error' in credentialsOutcome) throw credentialsOutcome.error;
    const { credentials } = credentialsOutcome;
    const engine = await deps.engine();
    const request = engineRequest(settings, choice, loaded, stackName, credentials);
    result = await engine[choice.command](request);
    if ('findings' in result && result.findings) {
      for (const a of findingAnnotations(result.findings)) deps.sink.annotate(a);
    }
    setOutputs(deps.sink, stackName, result);
    // A plan the gate rejects is reported whole, as the failure's context.
    const planned = choice.command === 'plan' && 'changes' in result ? result : undefined;
    const gate = planned && findingsGate(planned.findings ?? [], settings.failOn, planned);
    const outcome: ReportOutcome = gate
      ? { kind: 'failure', error: causeOf(gate), plan: gate.plan ?? planned }
      : outcomeOf(choice, result);
    await report(deps, choice, loaded, stackName, outcome);
    if (gate) throw gate;
  } catch (error) {
    if (result !== undefined) throw error; // already reported: only the gate throws here
    if (error instanceof ConfigError) {
      for (const a of diagnosticAnnotations([...error.diagnostics, ...error.warnings])) {
        deps.sink.annotate(a);
      }
    }
    if (error instanceof FindingsGateError) {
      for (const a of findingAnnotations(error.plan?.findings ?? [])) deps.sink.annotate(a);
    }
    const stackName = loaded
      ? `${loaded.config.project_name}-${loaded.environment}`
      : ((await guessStackNameFromFile(resolve(deps.cwd, settings.config), choice.environment)) ??
        '');
    setOutputs(deps.sink, stackName, undefined);
    const plan = planOfFailure(error, stackName);
    await report(deps, choice, loaded, stackName || undefined, {
      kind: 'failure',
      error: causeOf(error),
      ...(plan !== undefined && { plan }),
    });
    throw error;
  }
}

function engineRequest(
  settings: ActionSettings,
  choice: CommandChoice,
  loaded: LoadedConfig,
  stackName: string,
  credentials: AwsCredentials | undefined,
): EngineRequest {
  return {
    loaded,
    stackName,
    region: settings.region,
    ephemeral: choice.ephemeral,
    allowReplacement: settings.allowReplacement,
    force: settings.force,
    // Previews update in seconds by default; elsewhere only when asked.
    hotswap: settings.hotswap ?? choice.ephemeral,
    failOn: settings.failOn,
    ...(settings.endpointUrl !== undefined && { endpointUrl: settings.endpointUrl }),
    ...(settings.artifactBucket !== undefined && { artifactBucket: settings.artifactBucket }),
    ...(credentials !== undefined && { credentials }),
  };
}

function setOutputs(sink: ActionSink, stackName: string, result: EngineResult | undefined): void {
  const planLike = result !== undefined && 'changes' in result ? result : undefined;
  for (const [name, value] of Object.entries(actionOutputs(stackName, planLike))) {
    sink.setOutput(name, value);
  }
}

function outcomeOf(choice: CommandChoice, result: EngineResult): ReportOutcome {
  if (choice.command === 'destroy' || !('changes' in result)) {
    return { kind: 'destroy', destroy: result as DestroyResult };
  }
  return 'outputs' in result ? { kind: 'deploy', deploy: result } : { kind: 'plan', plan: result };
}

async function report(
  deps: RunDeps,
  choice: CommandChoice,
  loaded: LoadedConfig | undefined,
  stackName: string | undefined,
  outcome: ReportOutcome,
): Promise<void> {
  const { context, settings } = deps;
  const environment = loaded?.environment ?? choice.environment;
  const report: Report = {
    command: choice.command,
    outcome,
    updatedAt: deps.clock.now(),
    sha: context.pullRequest?.headSha ?? context.sha,
    ...(stackName !== undefined && { stackName }),
    ...(environment !== undefined && { environment }),
    ...(context.runUrl !== undefined && { runUrl: context.runUrl }),
    ...(loaded?.composition?.ephemeral === true && {
      preview: { differences: loaded.composition.previewDifferences },
    }),
  };
  const pr = isPullRequestEvent(context) ? context.pullRequest : undefined;
  const target: CommentTarget | undefined =
    pr !== undefined && settings.commentOnPr
      ? { owner: context.owner, repo: context.repo, number: pr.number, fromFork: pr.fromFork }
      : undefined;
  await publishReport(
    report,
    {
      // A config too broken to name its stack: the config path keys the comment instead.
      markerKey: stackName ?? `config:${settings.config}`,
      allowReplacement: settings.allowReplacement,
      ...(target !== undefined && { target }),
    },
    {
      sink: deps.sink,
      logger: deps.logger,
      ...(deps.comments !== undefined && { comments: deps.comments }),
    },
  );
}
