// Sends one report everywhere it goes: the job summary (always, in full) and the pull
// request's sticky comment (when there is a pull request, a token and comment-on-pr).
// A comment that cannot be written is a warning: the deploy's outcome does not depend on it.
import { commentFailureWarning, upsertComment, type IssueCommentsApi } from '../github/comments';
import type { PullRequestTarget } from '../github/octokit';
import type { Logger } from '../io';
import type { Report } from '../report/model';
import { COMMENT_LIMIT, SUMMARY_LIMIT, commentMarker, renderFitted } from '../report/render';
import type { ActionSink } from './sink';

export interface CommentTarget extends PullRequestTarget {
  readonly fromFork: boolean;
}

export interface PublishDeps {
  readonly sink: ActionSink;
  readonly logger: Logger;
  /** Builds the comments API for a pull request; undefined: never comment. */
  readonly comments?: (target: PullRequestTarget) => Promise<IssueCommentsApi>;
}

export async function publishReport(
  report: Report,
  options: {
    readonly markerKey: string;
    readonly target?: CommentTarget;
    readonly allowReplacement: boolean;
  },
  deps: PublishDeps,
): Promise<void> {
  const render = { allowReplacement: options.allowReplacement };
  try {
    await deps.sink.appendSummary(renderFitted(report, SUMMARY_LIMIT, render));
  } catch (error) {
    deps.logger.warn(`Could not write the job summary: ${String(error)}`);
  }
  const { target } = options;
  if (target === undefined || deps.comments === undefined) return;
  const marker = commentMarker(options.markerKey);
  try {
    const api = await deps.comments(target);
    const result = await upsertComment(
      api,
      marker,
      renderFitted(report, COMMENT_LIMIT, { ...render, marker }),
    );
    deps.logger.info(
      `${result.action === 'created' ? 'Commented on' : 'Updated the comment on'} pull request #${target.number}`,
    );
  } catch (error) {
    deps.logger.warn(commentFailureWarning(error, target.fromFork));
  }
}
