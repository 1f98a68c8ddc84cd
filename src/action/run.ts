// The action, start to finish: choose the command, load the config, get credentials, run
// the engine, then report (outputs, annotations, job summary, PR comment) whether it
// worked or not. Everything from outside comes in through RunDeps.
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { AwsCredentials } from '../aws/credentials';
import type { LoadOptions, LoadedConfig } from '../config';
import { locateChanges } from '../deploy/locate';
import type { DeployResult, DestroyResult, PlanResult } from '../deploy/types';
import { ConfigError } from '../errors';
import type { IssueCommentsApi } from '../github/comments';
import type { GithubRunContext } from '../github/context';
import type { PullRequestTarget } from '../github/octokit';
import type { ActionSettings } from '../inputs';
import type { Clock, Logger } from '../io';
import {
  changeAnnotations,
  diagnosticAnnotations,
  findingAnnotations,
} from '../report/annotations';
import type { Report, ReportOutcome } from '../report/model';
import { actionOutputs, type RunFacts } from '../report/outputs';
import { failureResult, isRefusal, knownPlan, successResult } from '../deploy/outcome';
import { firstKnown, gitAncestry, githubAncestry } from '../github/ancestry';
import { chooseCommand, isPullRequestEvent, type CommandChoice } from './command';
import type { ActionEngine, EngineRequest } from './engine';
import { FindingsGateError, findingsGate } from './gate';
import { publishReport, type CommentTarget } from './publish';
import { causeOf, planOfFailure } from './failure';
import type { ActionSink } from './sink';
import { stackNameFor, stackNameOf } from '../deploy/stack-name';
import { TOOL_VERSION } from '../version';
import { refusePlaceholders } from '../config/checks/placeholders';

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
  /** Where the plan command writes its plan directory (RUNNER_TEMP); default: the OS's. */
  readonly tempDir?: string;
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
    let stackName: string;
    if (choice.command === 'deploy' && settings.plan !== undefined) {
      // A reviewed plan: executed as it is, without the config or a synthesis (the deploy
      // job needs only the plan artifact, not a checkout).
      if ('error' in credentialsOutcome) throw credentialsOutcome.error;
      const engine = await deps.engine();
      result = await engine.apply({
        ...awsRequest(settings, credentialsOutcome.credentials),
        planDir: resolve(deps.cwd, settings.plan),
        ...guardRequest(deps),
      });
      stackName = result.stackName;
    } else {
      loaded = await deps.loadConfig(settings.config, {
        cwd: deps.cwd,
        // The workspace is the repository: nothing outside it may be packaged.
        repositoryRoot: deps.cwd,
        today: deps.clock.now().toISOString().slice(0, 10),
        ...(choice.environment !== undefined && { environment: choice.environment }),
        // The preview defaults follow the same decision as the stack's ephemeral tag.
        ephemeral: choice.ephemeral,
      });
      for (const a of diagnosticAnnotations(loaded.warnings)) deps.sink.annotate(a);
      stackName = stackNameOf(loaded);
      // Before any AWS call, as the CLI does: a placeholder ID fails in AWS minutes later.
      if (choice.command !== 'destroy') {
        refusePlaceholders(loaded.warnings, settings.allowPlaceholders);
      }
      if ('error' in credentialsOutcome) throw credentialsOutcome.error;
      const { credentials } = credentialsOutcome;
      const engine = await deps.engine();
      const request: EngineRequest = {
        ...engineRequest(settings, choice, loaded, stackName, credentials),
        ...guardRequest(deps),
        ...(choice.command === 'plan' && {
          planOut: join(deps.tempDir ?? tmpdir(), 'serverless-action-plans', stackName),
        }),
      };
      result = await engine[choice.command](request);
    }
    if ('findings' in result && result.findings) {
      for (const a of findingAnnotations(result.findings)) deps.sink.annotate(a);
    }
    if ('changes' in result) {
      for (const a of changeAnnotations(result.changes)) deps.sink.annotate(a);
    }
    // A plan the gate rejects is reported whole, as the failure's context.
    const planned = choice.command === 'plan' && 'changes' in result ? result : undefined;
    const gate = planned && findingsGate(planned.findings ?? [], settings.failOn, planned);
    setOutputs(deps.sink, stackName, result, {
      result: gate ? 'refused' : successResult(result),
      ...('planDir' in result && result.planDir !== undefined && { planDir: result.planDir }),
    });
    const outcome: ReportOutcome = gate
      ? { kind: 'failure', error: causeOf(gate), refused: true, plan: gate.plan ?? planned }
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
      ? stackNameOf(loaded)
      : (stackNameOfBrokenConfig(error) ?? knownPlan(error)?.stackName ?? '');
    const known = planOfFailure(error, stackName);
    // The guard's changes come straight from the change set: pin them to their config lines.
    const config = loaded;
    const plan =
      known && config
        ? { ...known, changes: locateChanges(known.changes, (path) => config.locate(path)) }
        : known;
    for (const a of changeAnnotations(plan?.changes ?? [])) deps.sink.annotate(a);
    setOutputs(deps.sink, stackName, plan, { result: failureResult(error) });
    await report(deps, choice, loaded, stackName || undefined, {
      kind: 'failure',
      error: causeOf(error),
      ...(isRefusal(error) && { refused: true }),
      ...(plan !== undefined && { plan }),
    });
    throw error;
  }
}

/** Where AWS is and who we are there. */
function awsRequest(
  settings: ActionSettings,
  credentials: AwsCredentials | undefined,
): Pick<EngineRequest, 'region' | 'endpointUrl' | 'credentials' | 'allowReplacement'> {
  return {
    region: settings.region,
    allowReplacement: settings.allowReplacement,
    ...(settings.endpointUrl !== undefined && { endpointUrl: settings.endpointUrl }),
    ...(credentials !== undefined && { credentials }),
  };
}

/** The commit deployed (recorded on the stack) and how to tell whether it goes backwards. */
function guardRequest(
  deps: RunDeps,
): Pick<EngineRequest, 'commit' | 'allowRollback' | 'isAncestor'> {
  const { context, settings } = deps;
  const commit = (context.pullRequest?.headSha ?? context.sha)?.toLowerCase();
  return {
    allowRollback: settings.allowRollback,
    isAncestor: firstKnown(
      gitAncestry(deps.cwd),
      githubAncestry({
        apiUrl: context.apiUrl,
        owner: context.owner,
        repo: context.repo,
        ...(settings.githubToken !== undefined && { token: settings.githubToken }),
      }),
    ),
    ...(commit !== undefined && /^[0-9a-f]{7,64}$/.test(commit) && { commit }),
  };
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
    ...(settings.detectDrift !== undefined && { detectDrift: settings.detectDrift }),
    ...(settings.allowDrift && { allowDrift: true }),
    ...(settings.endpointUrl !== undefined && { endpointUrl: settings.endpointUrl }),
    ...(settings.artifactBucket !== undefined && { artifactBucket: settings.artifactBucket }),
    ...(credentials !== undefined && { credentials }),
  };
}

function setOutputs(
  sink: ActionSink,
  stackName: string,
  result: EngineResult | undefined,
  facts: RunFacts,
): void {
  const planLike = result !== undefined && 'changes' in result ? result : undefined;
  for (const [name, value] of Object.entries(actionOutputs(stackName, planLike, facts))) {
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
    configPath: settings.config,
    toolVersion: TOOL_VERSION,
    failOn: settings.failOn,
    ...(context.repository !== '' && { repoUrl: `${context.serverUrl}/${context.repository}` }),
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

/** A config that did not load still names its stack when its `project_name` is valid. */
function stackNameOfBrokenConfig(error: unknown): string | undefined {
  if (!(error instanceof ConfigError)) return undefined;
  const { projectName, environment } = error.names;
  return projectName !== undefined && environment !== undefined
    ? stackNameFor(projectName, environment)
    : undefined;
}
