// The one name users write to reach this action, its reusable workflow and its releases.
// README, docs/, workflows/, examples/ and .github/ spell it out (YAML and Markdown cannot
// import it); test/action/reference.int.test.ts holds every such mention to these constants.

/** The GitHub repository that publishes the action (`owner/name`). */
export const ACTION_REPOSITORY = 'serverless-action/serverless-action';

/** The major tag users pin; each release moves it (CONTRIBUTING.md, release.yml). */
export const MAJOR_TAG = 'v1';

/** `uses:` of the action step. */
export const ACTION_REFERENCE = `${ACTION_REPOSITORY}@${MAJOR_TAG}`;

/** `uses:` of a job that calls the reusable workflow. */
export const REUSABLE_WORKFLOW_REFERENCE = `${ACTION_REPOSITORY}/.github/workflows/deploy.yml@${MAJOR_TAG}`;

/** The npm package that carries the CLI (`npx serverless-action`). */
export const PACKAGE_NAME = 'serverless-action';
