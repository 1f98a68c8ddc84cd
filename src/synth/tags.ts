// Every taggable resource carries the config's tags plus three of ours, so a bill or the
// console can be filtered by project and environment, and our resources told from others.
import type { ResolvedConfig } from '../config/schema';

export const MANAGED_BY = 'serverless-action';

/** Config tags first, then ours (ours win: they are what destroy and cleanup rely on). */
export function stackTags(
  config: Pick<ResolvedConfig, 'project_name' | 'environment' | 'tags'>,
  ephemeral: boolean,
): Record<string, string> {
  // IAM (and others) treat tag keys case-insensitively and reject `Project` beside `project`
  // ("Duplicate tag keys found"): a config tag that collides with one of ours gives way.
  const ours = new Set(['project', 'environment', 'managed-by', 'ephemeral']);
  const configTags = Object.fromEntries(
    Object.entries(config.tags ?? {}).filter(([key]) => !ours.has(key.toLowerCase())),
  );
  return {
    ...configTags,
    project: config.project_name,
    environment: config.environment,
    'managed-by': MANAGED_BY,
    ...(ephemeral && { ephemeral: 'true' }),
  };
}
