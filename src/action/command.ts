// Which command runs, and for which environment, when the workflow leaves it to the event.
//
// The rules (docs/action.md "Choosing the command"):
// - pull_request / pull_request_target: `plan`; `destroy` once the pull request is closed.
// - push, workflow_dispatch, schedule, merge_group... anything else: `deploy`.
// - With no `environment` input, deploy and destroy on a pull-request event target the
//   preview environment `pr-<number>`; a plan targets the config's own environment, so the
//   comment shows what merging would change. A closed pull request therefore only ever
//   destroys its own preview, never the environment it merges into.
import type { ActionCommand, ActionSettings } from '../inputs';
import type { GithubRunContext } from '../github/context';

const PULL_REQUEST_EVENTS = ['pull_request', 'pull_request_target'];

export interface CommandChoice {
  readonly command: ActionCommand;
  /** undefined: the config's own `environment`. */
  readonly environment?: string;
  /** Preview stacks get DESTROY removal policies and may be destroyed without `force`. */
  readonly ephemeral: boolean;
  /** One line for the log: why this command and environment. */
  readonly reason: string;
}

export function isPullRequestEvent(context: GithubRunContext): boolean {
  return PULL_REQUEST_EVENTS.includes(context.eventName) && context.pullRequest !== undefined;
}

export function previewEnvironment(pullRequestNumber: number): string {
  return `pr-${pullRequestNumber}`;
}

export function chooseCommand(settings: ActionSettings, context: GithubRunContext): CommandChoice {
  const pr = isPullRequestEvent(context) ? context.pullRequest : undefined;
  let command: ActionCommand;
  let why: string;
  if (settings.command !== undefined) {
    command = settings.command;
    why = `input command: ${command}`;
  } else if (pr !== undefined) {
    command = pr.action === 'closed' ? 'destroy' : 'plan';
    why = `${context.eventName} (${pr.action || 'unknown action'}) -> ${command}`;
  } else {
    command = 'deploy';
    why = `${context.eventName || 'no event'} -> deploy`;
  }
  const environment =
    settings.environment ??
    (pr !== undefined && command !== 'plan' ? previewEnvironment(pr.number) : undefined);
  const ephemeral =
    settings.ephemeral ?? (environment !== undefined && /^pr-\d+$/.test(environment));
  const where = environment ?? "the config's environment";
  return {
    command,
    ephemeral,
    ...(environment !== undefined && { environment }),
    reason: `${why}; environment: ${where}${ephemeral ? ' (ephemeral)' : ''}`,
  };
}
