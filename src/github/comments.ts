// The sticky comment: one per stack on a pull request, found again by its hidden marker,
// created once and edited in place on every later run.

export interface IssueComment {
  readonly id: number;
  readonly body?: string | undefined;
}

/** The three calls the sticky comment needs, on one pull request's conversation. */
export interface IssueCommentsApi {
  /** Every comment, page by page, oldest first; the caller may stop early. */
  list(): AsyncIterable<IssueComment>;
  create(body: string): Promise<IssueComment>;
  update(id: number, body: string): Promise<IssueComment>;
}

export interface UpsertResult {
  readonly action: 'created' | 'updated';
  readonly id: number;
}

export async function findComment(
  api: IssueCommentsApi,
  marker: string,
): Promise<IssueComment | undefined> {
  for await (const comment of api.list()) {
    if (comment.body?.includes(marker)) return comment;
  }
  return undefined;
}

/** Edits the comment carrying `marker`, or creates it; `body` must contain the marker. */
export async function upsertComment(
  api: IssueCommentsApi,
  marker: string,
  body: string,
): Promise<UpsertResult> {
  if (!body.includes(marker)) throw new Error('a sticky comment body must contain its marker');
  const existing = await findComment(api, marker);
  if (existing !== undefined) {
    await api.update(existing.id, body);
    return { action: 'updated', id: existing.id };
  }
  const created = await api.create(body);
  return { action: 'created', id: created.id };
}

/** The HTTP status of an Octokit RequestError, if it is one. */
export function httpStatus(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const status = (error as { status?: unknown }).status;
  return typeof status === 'number' ? status : undefined;
}

/**
 * Why a comment could not be written, and what to do, for a warning (never a failure: the
 * deploy itself went fine). Forks get a read-only token no workflow can change.
 */
export function commentFailureWarning(error: unknown, fromFork: boolean): string {
  const status = httpStatus(error);
  const message = error instanceof Error ? error.message : String(error);
  if (status === 403 || status === 404) {
    return fromFork
      ? `Could not comment on the pull request (HTTP ${status}): pull requests from forks get a read-only token. The report is in the job summary.`
      : `Could not comment on the pull request (HTTP ${status}: ${message}). Give the job \`permissions: pull-requests: write\`, or set \`comment-on-pr: false\`. The report is in the job summary.`;
  }
  return `Could not comment on the pull request: ${message}. The report is in the job summary.`;
}
