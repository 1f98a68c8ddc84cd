// IssueCommentsApi over the GitHub REST API. The API root comes from GITHUB_API_URL
// (GitHub Enterprise Server, or a test's loopback stand-in), never a hard-coded host.
import { getOctokit } from '@actions/github';
import type { IssueComment, IssueCommentsApi } from './comments';

export interface PullRequestTarget {
  readonly owner: string;
  readonly repo: string;
  readonly number: number;
}

export type Octokit = ReturnType<typeof getOctokit>;

export function createOctokit(token: string, apiUrl: string): Octokit {
  return getOctokit(token, { baseUrl: apiUrl.replace(/\/+$/, '') });
}

export function issueCommentsApi(octokit: Octokit, target: PullRequestTarget): IssueCommentsApi {
  const where = { owner: target.owner, repo: target.repo, issue_number: target.number };
  return {
    async *list(): AsyncIterable<IssueComment> {
      const pages = octokit.paginate.iterator(octokit.rest.issues.listComments, {
        ...where,
        per_page: 100,
      });
      for await (const page of pages) {
        for (const comment of page.data) yield { id: comment.id, body: comment.body };
      }
    },
    async create(body) {
      const { data } = await octokit.rest.issues.createComment({ ...where, body });
      return { id: data.id, body: data.body };
    },
    async update(id, body) {
      const { data } = await octokit.rest.issues.updateComment({
        owner: target.owner,
        repo: target.repo,
        comment_id: id,
        body,
      });
      return { id: data.id, body: data.body };
    },
  };
}
