// Preview defaults: what an ephemeral stage (a pull request's `pr-12`) gets instead of the
// base config's production settings, so a preview costs cents, collides with nothing and
// leaves nothing behind. They are a config layer between the base and the `environments`
// keys, so any of them is undone by writing the value under a pattern (`pr-*`) or the
// stage's own key. Pure: reads the base, returns a new layer.
import { isPlainObject } from './plain-object';

/** Log retention of a preview's log groups: enough to debug the pull request. */
export const PREVIEW_LOG_RETENTION_DAYS = 3;

/** One setting where the preview differs from the config's production value. */
export interface PreviewDifference {
  /** What it is, in words: "custom domain", "orders: billing". */
  readonly what: string;
  /** The dotted config path a pattern sets to override it. */
  readonly path: string;
  readonly preview: string;
  readonly production: string;
}

type Layer = Record<string, unknown>;

/** The layer for `base`: only keys the base has are cleared, so no section appears from nothing. */
export function previewDefaultsLayer(base: Readonly<Layer>): Layer {
  const layer: Layer = { removal_policy: 'DESTROY' };
  const monitoring = objectAt(base, 'monitoring');
  layer['monitoring'] = {
    ...clear(monitoring, ['alarm_email_addresses', 'budget_limit_usd']),
    log_retention_in_days: PREVIEW_LOG_RETENTION_DAYS,
  };
  // A preview is deleted by the sweep and replaced freely: the base's stack protection
  // (termination protection, stack policy, rollback monitoring) gives way to the stage
  // defaults of src/deploy/stack-defaults.ts, which are "off" for previews.
  const stack = clear(objectAt(base, 'stack'), [
    'termination_protection',
    'protect_stateful',
    'rollback_monitoring_minutes',
  ]);
  if (Object.keys(stack).length > 0) layer['stack'] = stack;
  const api = objectAt(base, 'api_gateway_config');
  if (api !== undefined && api['domain_config'] != null) {
    layer['api_gateway_config'] = { domain_config: null };
  }
  const functions = mapEntries(objectAt(base, 'lambda_config'), (fn) => ({
    ...clear(fn, ['provisioned_concurrent_executions', 'log_retention_in_days']),
    ...('reserved_concurrent_executions' in fn && { reserved_concurrent_executions: -1 }),
    // A preview deploys at once: a canary would hold every push for minutes.
    ...(isPlainObject(fn['deployment_preference']) && {
      // Alarms and hooks would only draw the AllAtOnce warning: they go too.
      deployment_preference: {
        ...clear(fn['deployment_preference'], ['alarms', 'hooks']),
        type: 'AllAtOnce',
      },
    }),
  }));
  if (functions !== undefined) layer['lambda_config'] = functions;
  const tables = mapEntries(objectAt(base, 'dynamodb_config'), (table) => ({
    ...clear(table, ['read_capacity', 'write_capacity', 'autoscaling']),
    ...(table['billing_mode'] !== undefined && { billing_mode: 'PAY_PER_REQUEST' }),
    ...(Array.isArray(table['global_secondary_indexes']) && {
      global_secondary_indexes: table['global_secondary_indexes'].map((index: unknown) =>
        isPlainObject(index) ? withoutCapacity(index) : index,
      ),
    }),
    deletion_protection_enabled: false,
    point_in_time_recovery: false,
  }));
  if (tables !== undefined) layer['dynamodb_config'] = tables;
  return layer;
}

/**
 * What the defaults changed: `withDefaults` and `without` are the same merge with and
 * without the preview layer, so a default a pattern overrode is not listed.
 */
export function previewDifferences(
  withDefaults: Readonly<Layer>,
  without: Readonly<Layer>,
): PreviewDifference[] {
  const differences: PreviewDifference[] = [];
  const add = (path: string[], what: string, describe: (value: unknown) => string) => {
    const preview = valueAt(withDefaults, path);
    const production = valueAt(without, path);
    if (JSON.stringify(preview) === JSON.stringify(production)) return;
    differences.push({
      what,
      path: path.join('.'),
      preview: describe(preview),
      production: describe(production),
    });
  };
  add(['api_gateway_config', 'domain_config'], 'custom domain', (v) =>
    isPlainObject(v) ? String(v['domain_name']) : "none: the endpoint is the API's own URL",
  );
  add(['monitoring', 'alarm_email_addresses'], 'alarm e-mails (alarms stay)', (v) =>
    Array.isArray(v) ? `${v.length} subscribed` : 'none',
  );
  add(['monitoring', 'budget_limit_usd'], 'cost budget', (v) =>
    typeof v === 'number' ? `$${v}/month` : 'none',
  );
  add(['removal_policy'], 'removal policy', (v) => (typeof v === 'string' ? v : 'RETAIN'));
  add(['monitoring', 'log_retention_in_days'], 'log retention', (v) =>
    typeof v === 'number' ? `${v} days` : '30 days',
  );
  for (const key of keysOf(withDefaults, 'lambda_config')) {
    const at = (field: string) => ['lambda_config', key, field];
    add(at('log_retention_in_days'), `${key}: log retention`, (v) =>
      typeof v === 'number' ? `${v} days` : 'the stage default',
    );
    add(at('reserved_concurrent_executions'), `${key}: reserved concurrency`, (v) =>
      typeof v === 'number' && v >= 0 ? String(v) : 'none',
    );
    add(at('provisioned_concurrent_executions'), `${key}: provisioned concurrency`, (v) =>
      typeof v === 'number' && v > 0 ? String(v) : 'none',
    );
    add([...at('deployment_preference'), 'type'], `${key}: traffic shifting`, (v) =>
      typeof v === 'string' ? v : 'the stage default',
    );
  }
  for (const key of keysOf(withDefaults, 'dynamodb_config')) {
    const at = (field: string) => ['dynamodb_config', key, field];
    add(at('billing_mode'), `${key}: billing`, (v) =>
      v === 'PROVISIONED' ? 'provisioned capacity' : 'on demand',
    );
    add(at('deletion_protection_enabled'), `${key}: deletion protection`, (v) =>
      v === false ? 'off' : 'on',
    );
    add(at('point_in_time_recovery'), `${key}: point-in-time recovery`, (v) =>
      v === false ? 'off' : 'on',
    );
  }
  return differences;
}

function objectAt(value: Readonly<Layer>, key: string): Layer | undefined {
  const found = value[key];
  return isPlainObject(found) ? found : undefined;
}

function keysOf(value: Readonly<Layer>, key: string): string[] {
  return Object.keys(objectAt(value, key) ?? {});
}

function valueAt(value: unknown, path: readonly string[]): unknown {
  let current = value;
  for (const key of path) current = isPlainObject(current) ? current[key] : undefined;
  return current;
}

/** `{key: null}` for each of `keys` the object has: null removes a key in the merge. */
function clear(object: Readonly<Layer> | undefined, keys: readonly string[]): Layer {
  return Object.fromEntries(keys.filter((k) => object?.[k] != null).map((k) => [k, null]));
}

function mapEntries(
  entries: Readonly<Layer> | undefined,
  each: (entry: Readonly<Layer>) => Layer,
): Layer | undefined {
  if (entries === undefined) return undefined;
  return Object.fromEntries(
    Object.entries(entries)
      .filter((entry): entry is [string, Layer] => isPlainObject(entry[1]))
      .map(([key, entry]) => [key, each(entry)]),
  );
}

function withoutCapacity(index: Readonly<Layer>): Layer {
  return Object.fromEntries(
    Object.entries(index).filter(([key]) => key !== 'read_capacity' && key !== 'write_capacity'),
  );
}
