// Least-privilege policy statements, as plain JSON: exactly the actions a function's
// `access` entries and event sources need, on exactly their resources. Pure, so the
// action lists are tested without synthesizing anything.
import type { AccessLevelName } from '../config/schema';

export interface PolicyStatement {
  readonly Effect: 'Allow' | 'Deny';
  readonly Action: string | string[];
  readonly Resource: unknown;
  readonly Condition?: Record<string, unknown>;
  readonly Principal?: unknown;
  readonly Sid?: string;
}

export type AccessService = 'dynamodb' | 'sqs' | 'sns' | 's3';

/** The IAM actions of each access level (README "Access to tables, queues and topics"). */
export const ACCESS_ACTIONS: Readonly<
  Record<AccessService, Readonly<Record<'read' | 'write', readonly string[]>>>
> = {
  dynamodb: {
    read: [
      'dynamodb:GetItem',
      'dynamodb:BatchGetItem',
      'dynamodb:Query',
      'dynamodb:Scan',
      'dynamodb:ConditionCheckItem',
      'dynamodb:DescribeTable',
    ],
    write: [
      'dynamodb:PutItem',
      'dynamodb:UpdateItem',
      'dynamodb:DeleteItem',
      'dynamodb:BatchWriteItem',
    ],
  },
  sqs: {
    read: [
      'sqs:ReceiveMessage',
      'sqs:DeleteMessage',
      'sqs:GetQueueAttributes',
      'sqs:ChangeMessageVisibility',
    ],
    write: ['sqs:SendMessage'],
  },
  // SNS has nothing to read from a function; read grants nothing beyond what write does.
  sns: { read: [], write: ['sns:Publish'] },
  s3: { read: ['s3:GetObject', 's3:ListBucket'], write: ['s3:PutObject', 's3:DeleteObject'] },
};

/** Actions for one access level, in a stable order. */
export function accessActions(service: AccessService, level: AccessLevelName): string[] {
  const actions = ACCESS_ACTIONS[service];
  if (level === 'read') return [...actions.read];
  if (level === 'write') return [...actions.write];
  return [...actions.read, ...actions.write];
}

/** Environment variable name of an access entry: `TABLE_<KEY>`, KEY upper-cased, non-alphanumerics to `_`. */
export function accessEnvironmentName(service: AccessService, key: string): string {
  const prefix = { dynamodb: 'TABLE', sqs: 'QUEUE_URL', sns: 'TOPIC_ARN', s3: 'BUCKET' }[service];
  return `${prefix}_${key.toUpperCase().replace(/[^A-Z0-9]/g, '_')}`;
}

export function allow(actions: readonly string[], resource: unknown): PolicyStatement {
  return { Effect: 'Allow', Action: [...actions], Resource: resource };
}

/** Writing to its own log group; nothing else in CloudWatch Logs. */
export function logsStatement(logGroupArn: unknown): PolicyStatement {
  return allow(['logs:CreateLogStream', 'logs:PutLogEvents'], logGroupArn);
}

/** X-Ray only when tracing is Active (these actions do not support resource-level scoping). */
export const XRAY_STATEMENT = allow(['xray:PutTraceSegments', 'xray:PutTelemetryRecords'], '*');

/** What Lambda needs to attach a function to a VPC (AWSLambdaVPCAccessExecutionRole's actions). */
export const VPC_STATEMENT = allow(
  [
    'ec2:CreateNetworkInterface',
    'ec2:DescribeNetworkInterfaces',
    'ec2:DescribeSubnets',
    'ec2:DeleteNetworkInterface',
    'ec2:AssignPrivateIpAddresses',
    'ec2:UnassignPrivateIpAddresses',
  ],
  '*',
);

/** Trust policy for a service role. */
export function assumedBy(service: string): Record<string, unknown> {
  return {
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Principal: { Service: service }, Action: 'sts:AssumeRole' }],
  };
}

/** Deny any request to `resources` that does not use TLS (bucket, queue and topic policies). */
export function denyInsecureTransport(resources: unknown[]): PolicyStatement {
  return {
    Sid: 'DenyInsecureTransport',
    Effect: 'Deny',
    Principal: { AWS: '*' },
    Action: '*',
    Resource: resources,
    Condition: { Bool: { 'aws:SecureTransport': 'false' } },
  };
}

/** Merges statements with the same effect and resource, so a role's policy stays short. */
export function mergeStatements(statements: readonly PolicyStatement[]): PolicyStatement[] {
  const merged = new Map<string, { actions: Set<string>; statement: PolicyStatement }>();
  for (const statement of statements) {
    if (statement.Condition || statement.Principal || statement.Sid) {
      merged.set(JSON.stringify(statement), {
        actions: new Set(toList(statement.Action)),
        statement,
      });
      continue;
    }
    const key = `${statement.Effect}|${JSON.stringify(statement.Resource)}`;
    const entry = merged.get(key);
    if (entry) toList(statement.Action).forEach((a) => entry.actions.add(a));
    else merged.set(key, { actions: new Set(toList(statement.Action)), statement });
  }
  return [...merged.values()].map(({ actions, statement }) => ({
    ...statement,
    Action: [...actions],
  }));
}

function toList(action: string | string[]): string[] {
  return Array.isArray(action) ? action : [action];
}
