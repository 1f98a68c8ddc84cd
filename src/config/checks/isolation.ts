// A preview must never touch another stage. An existing queue, stream, topic or bucket that
// the base config names by ARN would be consumed from (competing with production's own
// consumers for its messages) or written to by every preview at once. For ephemeral stages
// that is an error, unless an `environments` key (a pattern or the stage) writes the value
// itself, or the config marks the source `shared: true`.
import { error, type Finding } from '../findings';
import { isPlainObject } from '../plain-object';
import type { EventSourceConfig, ResolvedConfig } from '../schema';

/** Source types whose existing ARN a preview would consume from or subscribe to. */
const CONSUMED: Readonly<Record<string, string>> = {
  SQS: 'queue, and would take messages meant for production',
  KINESIS: 'stream, and would read (and slow) production records',
  DYNAMODB_STREAM: 'table stream, and would read production changes',
  SNS: 'topic, and would be subscribed to production notifications',
  S3: 'bucket, and would set notifications on it',
};

export interface SharedUse {
  readonly key: string;
  /** Dotted path of the ARN. */
  readonly path: string;
  readonly arn: string;
  /** How the preview uses it: "consumes from", "writes failed records to". */
  readonly use: string;
}

/** Every existing ARN the stage would consume from or write to, with where it is set. */
export function existingArnUses(config: Pick<ResolvedConfig, 'event_source_config'>): SharedUse[] {
  return Object.entries(config.event_source_config).flatMap(([key, es]) => usesOf(key, es));
}

function usesOf(key: string, es: EventSourceConfig): SharedUse[] {
  const uses: SharedUse[] = [];
  if (es.source?.startsWith('arn:') && CONSUMED[es.type] !== undefined) {
    uses.push({
      key,
      path: `event_source_config.${key}.source`,
      arn: es.source,
      use: `consumes from the existing ${CONSUMED[es.type]}`,
    });
  }
  const failures = es.destination_config?.on_failure.destination_arn;
  if (failures?.startsWith('arn:')) {
    uses.push({
      key,
      path: `event_source_config.${key}.destination_config.on_failure.destination_arn`,
      arn: failures,
      use: 'writes its failed records to an existing destination',
    });
  }
  return uses;
}

/**
 * Errors for ephemeral stages. `environments` is the file's map and `layers` the keys that
 * applied: a layer that writes the ARN chose it for previews on purpose.
 */
export function checkPreviewIsolation(
  config: Pick<ResolvedConfig, 'event_source_config' | 'environment'>,
  ephemeral: boolean,
  environments: unknown,
  layers: readonly string[],
): Finding[] {
  if (!ephemeral) return [];
  const writtenByLayer = (path: string): boolean =>
    layers.some((layer) =>
      isWritten(isPlainObject(environments) ? environments[layer] : undefined, path),
    );
  return existingArnUses(config)
    .filter((use) => config.event_source_config[use.key]?.shared !== true)
    .filter((use) => !writtenByLayer(use.path))
    .map((use) =>
      error(
        use.path.split('.'),
        `${config.environment} is a preview stage, and it ${use.use} (${use.arn}). ` +
          `Give previews their own: under environments, a pattern such as "pr-*" can set ` +
          `${use.path} (or remove "source" to let the stack create one); or mark the event ` +
          `source "shared: true" if every preview may use it too.`,
      ),
    );
}

function isWritten(layer: unknown, dotted: string): boolean {
  let current = layer;
  for (const key of dotted.split('.')) {
    if (!isPlainObject(current) || !(key in current)) return false;
    current = current[key];
  }
  return true;
}
