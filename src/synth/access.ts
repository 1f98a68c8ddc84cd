// A function's `access` entries: for each table, queue, topic or bucket of the same config
// it names, the resource's address as an environment variable (TABLE_<KEY>, QUEUE_URL_<KEY>,
// TOPIC_ARN_<KEY>, BUCKET_<KEY>) and exactly the IAM actions of the access level.
// Runs after tables and event sources exist, since queues and topics come from those.
import { Fn } from 'aws-cdk-lib/core';
import type { AccessLevelName } from '../config/schema';
import { configProblem, type FunctionHandle, type SynthContext } from './context';
import { accessActions, accessEnvironmentName, allow, type AccessService } from './iam';

export function applyAccess(context: SynthContext): void {
  for (const [fnKey, fn] of Object.entries(context.config.lambda_config)) {
    const handle = context.functions.get(fnKey)!;
    for (const service of ['dynamodb', 'sqs', 'sns', 's3'] as const) {
      for (const [key, level] of Object.entries(fn.access?.[service] ?? {})) {
        grant(context, handle, service, key, level, [
          'lambda_config',
          fnKey,
          'access',
          service,
          key,
        ]);
      }
    }
  }
}

function grant(
  context: SynthContext,
  fn: FunctionHandle,
  service: AccessService,
  key: string,
  level: AccessLevelName,
  where: readonly string[],
): void {
  const actions = (l: 'read' | 'write') =>
    level === l || level === 'read_write' ? accessActions(service, l) : [];
  const envName = accessEnvironmentName(service, key);
  if (service === 'dynamodb') {
    const table = context.tables.get(key);
    if (!table) throw missing(context, where, 'dynamodb_config', key, [...context.tables.keys()]);
    fn.environment[envName] = table.table.ref;
    const arn = table.table.attrArn;
    fn.statements.push(allow(accessActions(service, level), [arn, Fn.join('', [arn, '/index/*'])]));
    return;
  }
  const handle = context.messaging.get(`${service}:${key}`);
  if (!handle) {
    const known = [...context.messaging.values()]
      .filter((m) => m.kind === service)
      .map((m) => m.key);
    throw missing(context, where, 'event_source_config', key, known);
  }
  fn.environment[envName] = handle.address;
  if (service === 's3') {
    const objects = Fn.join('', [handle.arn, '/*']);
    const objectActions = [...actions('read'), ...actions('write')].filter(
      (a) => a !== 's3:ListBucket',
    );
    if (objectActions.length > 0) fn.statements.push(allow(objectActions, objects));
    if (actions('read').includes('s3:ListBucket'))
      fn.statements.push(allow(['s3:ListBucket'], handle.arn));
    return;
  }
  const granted = accessActions(service, level);
  if (granted.length > 0) fn.statements.push(allow(granted, handle.arn));
}

function missing(
  context: SynthContext,
  where: readonly string[],
  section: string,
  key: string,
  known: readonly string[],
) {
  return configProblem(
    context,
    where,
    `no ${where[3]} resource "${key}" in ${section}`,
    `Use one of: ${known.join(', ') || '(none defined)'}.`,
  );
}
