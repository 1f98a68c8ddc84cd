// Tags go on every taggable resource, so one bad tag fails the whole deploy: AWS reserves
// the "aws:" prefix and limits values to 256 characters (keys' 128 are in the schema).
import { error, warning, type Finding } from '../findings';
import type { SemanticContext } from './context';

const TAG_VALUE_MAX = 256;

/**
 * Tags the stack sets itself on every resource (synth/tags.ts): destroy and preview cleanup
 * rely on them, and AWS compares tag keys case-insensitively, so a config tag with one of
 * these keys in any case could only be dropped.
 */
export const RESERVED_TAG_KEYS: readonly string[] = [
  'project',
  'environment',
  'managed-by',
  'ephemeral',
];

export function checkTags(context: SemanticContext): Finding[] {
  const findings: Finding[] = [];
  for (const [key, value] of Object.entries(context.config.tags)) {
    if (key.toLowerCase().startsWith('aws:')) {
      findings.push(
        error(['tags', key], `tag key "${key}": the "aws:" prefix is reserved for AWS`, 'key'),
      );
    }
    if (RESERVED_TAG_KEYS.includes(key.toLowerCase()) && value !== ownValue(context, key)) {
      // A warning, not an error: the seed's own example tags Environment and Project.
      findings.push(
        warning(
          ['tags', key],
          `tag "${key}: ${value}" is dropped: serverless-action sets ${RESERVED_TAG_KEYS.join(', ')} itself (keys compare case-insensitively); rename it, e.g. "app-${key.toLowerCase()}", or remove it`,
          'key',
        ),
      );
    }
    if (value.length > TAG_VALUE_MAX) {
      findings.push(
        error(
          ['tags', key],
          `tag "${key}" has a ${value.length}-character value; AWS allows ${TAG_VALUE_MAX}`,
        ),
      );
    }
  }
  return findings;
}

/** What the stack itself writes under a reserved key; the same value in the config is harmless. */
function ownValue(context: SemanticContext, key: string): string | undefined {
  switch (key.toLowerCase()) {
    case 'project':
      return context.config.project_name;
    case 'environment':
      return context.config.environment;
    case 'managed-by':
      return 'serverless-action';
    default:
      return undefined;
  }
}
