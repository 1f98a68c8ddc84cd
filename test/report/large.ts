// A generated report of a 1,000-resource stack (more than one CloudFormation stack may hold,
// so it is built here rather than synthesized): 1,000 changes across ten types, a cost line
// per priced resource and findings repeated on every function, as a big config produces.
import type { PlanResult, ResourceChange } from '../../src/deploy/types';
import type { Report } from '../../src/report/model';
import type { GraphEdge, GraphNode } from '../../src/review/graph';
import type { CostItem, Finding } from '../../src/review/types';

const TYPES = [
  ['AWS::Lambda::Function', 'Function', 'lambda_config'],
  ['AWS::IAM::Role', 'Role', 'lambda_config'],
  ['AWS::Logs::LogGroup', 'LogGroup', 'lambda_config'],
  ['AWS::CloudWatch::Alarm', 'ErrorsAlarm', 'lambda_config'],
  ['AWS::CloudWatch::Alarm', 'ThrottlesAlarm', 'lambda_config'],
  ['AWS::ApiGatewayV2::Route', 'Route', 'lambda_config'],
  ['AWS::ApiGatewayV2::Integration', 'Integration', 'lambda_config'],
  ['AWS::Lambda::Permission', 'Permission', 'lambda_config'],
  ['AWS::DynamoDB::Table', 'Table', 'dynamodb_config'],
  ['AWS::SQS::Queue', 'Queue', 'event_source_config'],
] as const;

export function largeReport(): Report {
  const changes: ResourceChange[] = [];
  const nodes: GraphNode[] = [{ id: 'Api', kind: 'api', label: 'api' }];
  const edges: GraphEdge[] = [];
  for (let i = 0; i < 100; i++) {
    for (const [type, suffix, section] of TYPES) {
      const key =
        section === 'lambda_config'
          ? `fn-${i}`
          : section === 'dynamodb_config'
            ? `table-${i}`
            : `jobs-${i}`;
      const logicalId = `${key.replace(/-/g, '')}${suffix}`;
      const modify = i < 3;
      changes.push({
        logicalId,
        type,
        action: modify ? 'Modify' : 'Add',
        replacement: modify ? (type === 'AWS::DynamoDB::Table' ? 'True' : 'False') : null,
        risk:
          modify && type === 'AWS::DynamoDB::Table'
            ? 'data-loss'
            : type === 'AWS::IAM::Role' || type === 'AWS::Lambda::Permission'
              ? 'permissions'
              : 'safe',
        resource: key,
        configPath: `${section}.${key}`,
        location: { file: 'serverless.config.yml', line: 10 + i * 8, column: 3 },
        ...(modify &&
          type === 'AWS::Lambda::Function' && {
            properties: [{ name: 'MemorySize', before: '128', after: '256' }],
          }),
        ...(modify &&
          type === 'AWS::DynamoDB::Table' && {
            properties: [
              {
                name: 'KeySchema',
                before: '[{"AttributeName":"pk"}]',
                after: '[{"AttributeName":"id"}]',
              },
            ],
            reason:
              'will be replaced because KeySchema changes; the old resource and its data are deleted',
            customName: `big-shop-dev-table-${i}`,
          }),
      });
      if (type === 'AWS::Lambda::Function')
        nodes.push({ id: logicalId, kind: 'function', label: key });
      if (type === 'AWS::DynamoDB::Table') nodes.push({ id: logicalId, kind: 'table', label: key });
      if (type === 'AWS::SQS::Queue') nodes.push({ id: logicalId, kind: 'queue', label: key });
    }
    edges.push(
      { from: 'Api', to: `fn${i}Function` },
      { from: `fn${i}Function`, to: `table${i}Table` },
      { from: `jobs${i}Queue`, to: `fn${i}Function` },
    );
  }
  const items: CostItem[] = [];
  for (let i = 0; i < 100; i++) {
    items.push(
      {
        resource: `fn-${i}`,
        service: 'AWS Lambda',
        description: 'Lambda requests: usage unknown; set usage.lambda...',
        monthlyUsd: null,
        unitPrice: '$0.20 per 1M requests',
        usageBased: true,
      },
      {
        resource: `fn-${i}`,
        service: 'Amazon CloudWatch',
        description: 'CloudWatch standard-resolution alarm: 2 alarm metrics x $0.10',
        monthlyUsd: 0.2,
        usageBased: false,
      },
      {
        resource: `table-${i}`,
        service: 'Amazon DynamoDB',
        description: 'DynamoDB on-demand read request units',
        monthlyUsd: 0.25,
        usageBased: true,
      },
    );
  }
  const findings: Finding[] = [];
  for (let i = 0; i < 100; i++) {
    const location = { file: 'serverless.config.yml', line: 10 + i * 8, column: 3 };
    findings.push(
      {
        rule: 'SA-ROUTE-NO-AUTH',
        severity: 'medium',
        resource: `fn-${i}`,
        logicalId: `fn${i}Route`,
        message: 'route "GET /r" has no authorizer: anyone can call it',
        fix: 'Set "authorizer" on the function.',
        location,
      },
      {
        rule: 'Serverless-LambdaTracing',
        severity: 'info',
        resource: `fn-${i}`,
        logicalId: `fn${i}Function`,
        message: 'The Lambda function does not have tracing set to Tracing.ACTIVE.',
        location,
      },
    );
    if (i < 12) {
      findings.push({
        rule: 'SA-SECRET-ENV',
        severity: 'high',
        resource: `fn-${i}`,
        logicalId: `fn${i}Function`,
        message: 'environment variable API_KEY looks like a plaintext secret',
        fix: 'Store the value in AWS Secrets Manager.',
        location,
      });
    }
  }
  const plan: PlanResult = {
    stackName: 'big-shop-dev',
    hasChanges: true,
    changeSetId: 'arn:aws:cloudformation:us-east-1:123456789012:changeSet/sa-1764309617123/large',
    changeSetType: 'UPDATE',
    changes,
    cost: {
      monthlyUsd: 45,
      fixedUsd: 20,
      usageUsd: 25,
      items,
      region: 'us-east-1',
      priceDate: '2025-06-01',
      warnings: [],
    },
    deployedMonthlyUsd: 1.2,
    findings,
    graph: { nodes, edges },
    previous: {
      findingKeys: [],
      logicalIds: changes.filter((c) => c.action !== 'Add').map((c) => c.logicalId),
    },
  };
  return {
    command: 'plan',
    stackName: 'big-shop-dev',
    environment: 'dev',
    outcome: { kind: 'plan', plan },
    updatedAt: new Date('2026-11-28T06:00:17.123Z'),
    sha: '0123456789abcdef0123456789abcdef01234567',
    runUrl: 'https://github.com/octo/app/actions/runs/9',
    repoUrl: 'https://github.com/octo/app',
    configPath: 'serverless.config.yml',
    toolVersion: '0.1.0',
    failOn: 'high',
  };
}
