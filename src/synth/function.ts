// One Lambda function per lambda_config entry: its own role (least privilege, rendered
// after every builder has added what it needs), its own log group with a retention (not the
// `logRetention` prop, which adds a custom resource), and deterministic names.
import { Lazy } from 'aws-cdk-lib/core';
import { CfnRole } from './l1/aws-iam';
import { CfnFunction, type CfnFunctionProps } from './l1/aws-lambda';
import { CfnLogGroup } from './l1/aws-logs';
import type { LambdaFunctionConfig } from '../config/schema';
import { functionCode } from './code';
import { layerVersionArn } from './layer';
import {
  applyRemovalPolicy,
  logRetentionDays,
  markOrigin,
  type FunctionHandle,
  type SynthContext,
} from './context';
import {
  VPC_STATEMENT,
  XRAY_STATEMENT,
  assumedBy,
  logsStatement,
  mergeStatements,
  type PolicyStatement,
} from './iam';
import { optional } from './optional';
import { addVersionAndAlias } from './versions';

export async function addFunction(
  context: SynthContext,
  key: string,
  fn: LambdaFunctionConfig,
): Promise<FunctionHandle> {
  const { ids, names } = context;
  const stack = context.scopeOf(key);
  const name = names.name('lambda', key);
  const origin = (kind: string) => ({ kind, key, path: `lambda_config.${key}` });

  const logGroup = new CfnLogGroup(stack, ids.of(key, 'LogGroup'), {
    logGroupName: `/aws/lambda/${name}`,
    retentionInDays: logRetentionDays(context, fn.log_retention_in_days),
  });
  applyRemovalPolicy(context, logGroup);
  markOrigin(logGroup, origin('log-group'));

  const statements: PolicyStatement[] = [logsStatement(logGroup.attrArn)];
  if (fn.tracing_config === 'Active') statements.push(XRAY_STATEMENT);
  if (fn.vpc_config) statements.push(VPC_STATEMENT);

  const role = new CfnRole(stack, ids.of(key, 'Role'), {
    description: `Execution role of ${name}`,
    assumeRolePolicyDocument: assumedBy('lambda.amazonaws.com'),
    policies: Lazy.any({
      produce: () => [
        {
          policyName: 'least-privilege',
          policyDocument: { Version: '2012-10-17', Statement: mergeStatements(statements) },
        },
      ],
    }),
  });
  markOrigin(role, origin('role'));

  // The config's variables first; access entries add theirs later (see access.ts).
  const environment: Record<string, string> = { ...(fn.environment ?? {}) };
  const code = await functionCode(context, key, fn);
  const props: CfnFunctionProps = {
    functionName: name,
    runtime: fn.runtime,
    handler: fn.handler,
    memorySize: fn.memory_size,
    timeout: fn.timeout,
    role: role.attrArn,
    code: { s3Bucket: code.S3Bucket, s3Key: code.S3Key },
    architectures: fn.architectures ?? ['x86_64'],
    environment: Lazy.any({
      produce: () => (Object.keys(environment).length > 0 ? { variables: environment } : undefined),
    }),
    loggingConfig: { logGroup: logGroup.ref },
    ...optional({
      description: fn.description,
      vpcConfig: fn.vpc_config
        ? {
            subnetIds: fn.vpc_config.subnet_ids,
            securityGroupIds: fn.vpc_config.security_group_ids,
          }
        : undefined,
      tracingConfig: fn.tracing_config ? { mode: fn.tracing_config } : undefined,
      layers:
        fn.layers && fn.layers.length > 0
          ? fn.layers.map((entry, i) => layerVersionArn(context, key, fn, entry, i))
          : undefined,
      // -1 is the seed's "unreserved": the property is left out.
      reservedConcurrentExecutions:
        fn.reserved_concurrent_executions >= 0 ? fn.reserved_concurrent_executions : undefined,
    }),
  };
  const lambda = new CfnFunction(stack, ids.of(key, 'Function'), props);
  // LoggingConfig's Ref makes the log group exist before the function (and its first
  // invocation), so Lambda never creates one without retention.
  markOrigin(lambda, origin('function'));

  // Every invoke goes through the `live` alias (versions.ts).
  const { version, alias } = addVersionAndAlias(context, key, fn, lambda, props);
  const handle: FunctionHandle = {
    key,
    name,
    function: lambda,
    role,
    invokeArn: alias.ref,
    version,
    alias,
    timeoutSeconds: fn.timeout,
    statements,
    environment,
  };
  context.functions.set(key, handle);
  return handle;
}
