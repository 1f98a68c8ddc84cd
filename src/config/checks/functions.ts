// Checks on each lambda_config entry that the schema cannot express: runtimes against AWS's
// list, Lambda's reserved environment names and 4 KB limit, the handler's form, the length
// and references to authorizers and resources. (Long names are not checked: synth fits
// physical names to each service's limit with a hash suffix.)
import { error, warning, type Finding } from '../findings';
import { RUNTIMES, isDeprecated } from '../runtimes';
import { didYouMean } from '../suggest';
import type { LambdaFunctionConfig } from '../schema';
import { isSet, type SemanticContext } from './context';
import { createdResources } from './resources';

/** Set by the Lambda runtime itself; a function cannot define them (AWS Lambda developer guide). */
export const RESERVED_ENVIRONMENT_NAMES: ReadonlySet<string> = new Set([
  'AWS_REGION',
  'AWS_DEFAULT_REGION',
  'AWS_EXECUTION_ENV',
  'AWS_LAMBDA_FUNCTION_NAME',
  'AWS_LAMBDA_FUNCTION_MEMORY_SIZE',
  'AWS_LAMBDA_FUNCTION_VERSION',
  'AWS_LAMBDA_INITIALIZATION_TYPE',
  'AWS_LAMBDA_LOG_GROUP_NAME',
  'AWS_LAMBDA_LOG_STREAM_NAME',
  'AWS_ACCESS_KEY',
  'AWS_ACCESS_KEY_ID',
  'AWS_SECRET_ACCESS_KEY',
  'AWS_SESSION_TOKEN',
  'AWS_LAMBDA_RUNTIME_API',
  'LAMBDA_TASK_ROOT',
  'LAMBDA_RUNTIME_DIR',
  '_HANDLER',
  '_X_AMZN_TRACE_ID',
]);

/** Lambda's limit on all environment variable names and values of one function together. */
export const ENVIRONMENT_MAX_BYTES = 4096;

/** CloudWatch Logs accepts only these retention periods (PutRetentionPolicy). */
export const LOG_RETENTION_DAYS: readonly number[] = [
  1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288,
  3653,
];

export function checkFunctions(context: SemanticContext): Finding[] {
  const findings: Finding[] = [];
  for (const [key, fn] of Object.entries(context.config.lambda_config)) {
    const path = ['lambda_config', key];
    findings.push(
      ...checkRuntime(path, fn, context.today),
      ...checkHandler(path, fn),
      ...checkEnvironment(path, fn),
      ...checkReferences(path, fn, context),
    );
    if (isSet(fn.log_retention_in_days) && !LOG_RETENTION_DAYS.includes(fn.log_retention_in_days)) {
      findings.push(
        error([...path, 'log_retention_in_days'], logRetentionMessage(fn.log_retention_in_days)),
      );
    }
    if (fn.reserved_concurrent_executions === 0) {
      findings.push(
        warning(
          [...path, 'reserved_concurrent_executions'],
          'reserved_concurrent_executions 0 stops the function from running at all; use -1 for unreserved',
        ),
      );
    }
  }
  const monitoringRetention = context.config.monitoring?.log_retention_in_days;
  if (isSet(monitoringRetention) && !LOG_RETENTION_DAYS.includes(monitoringRetention)) {
    findings.push(
      error(['monitoring', 'log_retention_in_days'], logRetentionMessage(monitoringRetention)),
    );
  }
  return findings;
}

export function logRetentionMessage(days: number): string {
  return `log_retention_in_days must be one of CloudWatch's periods (${LOG_RETENTION_DAYS.join(', ')}), got ${days}`;
}

function checkRuntime(path: readonly string[], fn: LambdaFunctionConfig, today: string): Finding[] {
  const info = RUNTIMES[fn.runtime];
  if (info === undefined) {
    return [
      error(
        [...path, 'runtime'],
        `unknown runtime "${fn.runtime}"${didYouMean(fn.runtime, Object.keys(RUNTIMES))}` +
          ' (see the runtimes AWS Lambda supports)',
      ),
    ];
  }
  if (!isDeprecated(fn.runtime, today)) return [];
  const replacement = Object.entries(RUNTIMES).find(
    ([name, other]) => other.family === info.family && !isDeprecated(name, today),
  )?.[0];
  return [
    warning(
      [...path, 'runtime'],
      `runtime ${fn.runtime} is past AWS's deprecation date (${info.deprecated ?? '?'}): it gets no security patches and AWS will block creating and updating it` +
        (replacement === undefined ? '' : `; use ${replacement}`),
    ),
  ];
}

function checkHandler(path: readonly string[], fn: LambdaFunctionConfig): Finding[] {
  const family = RUNTIMES[fn.runtime]?.family;
  // node, python and ruby resolve `file.function`; java, dotnet and custom runtimes have their own forms.
  if (
    (family === 'node' || family === 'python' || family === 'ruby') &&
    !/^[^.\s]+(\.[^.\s]+)+$/.test(fn.handler)
  ) {
    return [
      error(
        [...path, 'handler'],
        `handler "${fn.handler}" must be "file.function", e.g. "index.handler" for an exported handler in index.js`,
      ),
    ];
  }
  return [];
}

function checkEnvironment(path: readonly string[], fn: LambdaFunctionConfig): Finding[] {
  const variables = fn.environment ?? {};
  const findings: Finding[] = [];
  let bytes = 0;
  for (const [name, value] of Object.entries(variables)) {
    bytes += Buffer.byteLength(name) + Buffer.byteLength(value);
    if (RESERVED_ENVIRONMENT_NAMES.has(name)) {
      findings.push(
        error(
          [...path, 'environment', name],
          `environment variable ${name} is reserved: Lambda sets it itself and rejects functions that define it; rename it`,
          'key',
        ),
      );
    }
  }
  if (bytes > ENVIRONMENT_MAX_BYTES) {
    findings.push(
      error(
        [...path, 'environment'],
        `environment variables take ${bytes} bytes (names and values together); Lambda allows ${ENVIRONMENT_MAX_BYTES} (4 KB): move large values to SSM Parameter Store or the code`,
        'key',
      ),
    );
  }
  return findings;
}

function checkReferences(
  path: readonly string[],
  fn: LambdaFunctionConfig,
  context: SemanticContext,
): Finding[] {
  const findings: Finding[] = [];
  const api = context.config.api_gateway_config;
  if (isSet(fn.authorizer)) {
    const names = Object.keys(api?.authorizers ?? {});
    if (!names.includes(fn.authorizer)) {
      findings.push(
        error(
          [...path, 'authorizer'],
          `authorizer "${fn.authorizer}" is not defined in api_gateway_config.authorizers${didYouMean(fn.authorizer, names)}`,
        ),
      );
    }
  }
  if (fn.api_key_required === true && api?.type !== 'REST') {
    findings.push(
      warning(
        [...path, 'api_key_required'],
        'api_key_required applies to REST APIs only; it is ignored',
        'key',
      ),
    );
  }
  const created = createdResources(context.config);
  const kinds = [
    ['dynamodb', context.declared.tables, 'a key of dynamodb_config'],
    ['sqs', created.queues, 'a queue the stack creates (an SQS event source)'],
    ['sns', created.topics, 'a topic the stack creates (an SNS event source)'],
    ['s3', created.buckets, 'a bucket the stack creates (an S3 event source)'],
  ] as const;
  for (const [kind, names, what] of kinds) {
    for (const name of Object.keys(fn.access?.[kind] ?? {})) {
      if (!names.has(name)) {
        findings.push(
          error(
            [...path, 'access', kind, name],
            `access.${kind} names "${name}", which is not ${what}${didYouMean(name, names)}`,
            'key',
          ),
        );
      }
    }
  }
  return findings;
}
