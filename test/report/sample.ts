// Result shapes as the engine returns them, for rendering tests.
import type { DeployResult, PlanResult, ResourceChange } from '../../src/deploy/types';
import type { CostEstimate, Finding } from '../../src/review/types';
import type { Report, ReportOutcome } from '../../src/report/model';

export const cost: CostEstimate = {
  monthlyUsd: 12.4,
  fixedUsd: 2.4,
  usageUsd: 10,
  region: 'us-east-1',
  priceDate: '2026-10-01',
  warnings: ['api-handler: no usage given'],
  items: [
    {
      resource: 'api-handler',
      service: 'AWS Lambda',
      description: '1,000,000 requests x $0.20 per 1M',
      monthlyUsd: 10,
      usageBased: true,
    },
    {
      resource: 'users',
      service: 'Amazon DynamoDB',
      description: 'on-demand reads',
      monthlyUsd: null,
      unitPrice: '$0.25 per 1M reads',
      usageBased: true,
    },
  ],
};

export const findings: Finding[] = [
  {
    rule: 'SA-SECRET-ENV',
    severity: 'high',
    resource: 'api-handler',
    message: 'API_KEY looks like a secret in plain text',
    fix: 'Use Secrets Manager.',
    location: { file: 'serverless.config.yml', line: 12, column: 9 },
  },
  {
    rule: 'AwsSolutions-IAM4',
    severity: 'medium',
    resource: 'api-handler',
    message: 'managed policy',
  },
  {
    rule: 'SA-PITR',
    severity: 'low',
    resource: 'users',
    message: 'no point-in-time recovery',
    suppressed: { reason: 'preview data only' },
  },
];

export const changes: ResourceChange[] = [
  {
    logicalId: 'ApiHandlerFunction',
    type: 'AWS::Lambda::Function',
    action: 'Modify',
    replacement: 'False',
    risk: 'code-only',
    resource: 'api-handler',
  },
  {
    logicalId: 'UsersTable',
    type: 'AWS::DynamoDB::Table',
    action: 'Modify',
    replacement: 'True',
    risk: 'data-loss',
    resource: 'users',
    reason: 'hash_key changed',
  },
  {
    logicalId: 'ApiHandlerRole',
    type: 'AWS::IAM::Role',
    action: 'Modify',
    replacement: 'False',
    risk: 'permissions',
  },
];

export const plan: PlanResult = {
  stackName: 'app-dev',
  hasChanges: true,
  changeSetId: 'arn:aws:cloudformation:us-east-1:123456789012:changeSet/sa-1/abc',
  changeSetType: 'UPDATE',
  changes,
  cost,
  deployedMonthlyUsd: 9.3,
  findings,
};

export const deployed: DeployResult = {
  ...plan,
  status: 'UPDATE_COMPLETE',
  outputs: {
    lambda_function_names: { 'api-handler': 'app-dev-api-handler' },
    lambda_function_arns: {
      'api-handler': 'arn:aws:lambda:us-east-1:123456789012:function:app-dev-api-handler',
    },
    lambda_alias_arns: {
      'api-handler': 'arn:aws:lambda:us-east-1:123456789012:function:app-dev-api-handler:live',
    },
    api_gateway_id: 'a1b2c3',
    api_gateway_endpoint: 'https://a1b2c3.execute-api.us-east-1.amazonaws.com',
    dynamodb_table_names: { users: 'app-dev-users' },
    dynamodb_table_arns: { users: 'arn:aws:dynamodb:us-east-1:123456789012:table/app-dev-users' },
  },
};

export function report(outcome: ReportOutcome, command: Report['command'] = 'plan'): Report {
  return {
    command,
    stackName: 'app-dev',
    environment: 'dev',
    outcome,
    runUrl: 'https://github.com/octo/app/actions/runs/9',
    sha: '0123456789abcdef',
    updatedAt: new Date('2026-11-28T06:00:00Z'),
  };
}
