/**
 * How much a report shows. `full` is the job summary's; the PR comment steps down to
 * `compact` and then `minimal` when it would not fit GitHub's comment limit.
 */
export type Detail = 'full' | 'compact' | 'minimal';

/** Rows of the change table each level keeps; data-loss rows sort first, so they stay. */
export const CHANGE_ROWS: Readonly<Record<Detail, number>> = {
  full: Number.POSITIVE_INFINITY,
  compact: 100,
  minimal: 15,
};

/** Characters of an error message each level keeps. */
export const ERROR_CHARS: Readonly<Record<Detail, number>> = {
  full: 20000,
  compact: 8000,
  minimal: 2000,
};
