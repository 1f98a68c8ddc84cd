// Every taggable resource carries the config's tags plus three of ours, so a bill or the
// console can be filtered by project and environment, and our resources told from others.
import { RESERVED_TAG_KEYS } from '../config/checks/tags';
import type { ResolvedConfig } from '../config/schema';

export const MANAGED_BY = 'serverless-action';

/** Config tags first, then ours (ours win: they are what destroy and cleanup rely on). */
export function stackTags(
  config: Pick<ResolvedConfig, 'project_name' | 'environment' | 'tags'>,
  ephemeral: boolean,
): Record<string, string> {
  // IAM (and others) treat tag keys case-insensitively and reject `Project` beside `project`
  // ("Duplicate tag keys found"): a config tag that collides with one of ours gives way.
  // Validation reports such a tag as an error; this keeps synth of an unvalidated config safe.
  const configTags = Object.fromEntries(
    Object.entries(config.tags ?? {}).filter(
      ([key]) => !RESERVED_TAG_KEYS.includes(key.toLowerCase()),
    ),
  );
  return {
    ...configTags,
    project: config.project_name,
    environment: config.environment,
    'managed-by': MANAGED_BY,
    ...(ephemeral && { ephemeral: 'true' }),
  };
}
