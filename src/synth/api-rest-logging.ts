// What REST access logs need beyond the stage's setting: the account-level CloudWatch role.
import { Fn, RemovalPolicy } from 'aws-cdk-lib/core';
import { CfnAccount } from './l1/aws-apigateway';
import { CfnRole } from './l1/aws-iam';
import { API_ORIGIN } from './api-common';
import { markOrigin, type SynthContext } from './context';
import { allow, assumedBy } from './iam';

/**
 * REST access and execution logs (and WebSocket execution logs) need the account-level
 * CloudWatch role (AWS::ApiGateway::Account), as CDK's RestApi sets up by default. Its policy
 * is inline, scoped to log actions. Both are retained: the setting is one per account and
 * region, so deleting this stack must not take logging away from every other API there
 * (aws-cdk issue 10878). Created once per stack.
 */
export function addCloudWatchRole(context: SynthContext): CfnAccount {
  const existing = context.stack.node.tryFindChild('ApiAccount');
  if (existing) return existing as CfnAccount;
  const role = new CfnRole(context.stack, 'ApiCloudWatchRole', {
    assumeRolePolicyDocument: assumedBy('apigateway.amazonaws.com'),
    policies: [
      {
        policyName: 'push-access-logs',
        policyDocument: {
          Version: '2012-10-17',
          Statement: [
            allow(
              [
                'logs:CreateLogGroup',
                'logs:CreateLogStream',
                'logs:DescribeLogGroups',
                'logs:DescribeLogStreams',
                'logs:PutLogEvents',
                'logs:GetLogEvents',
                'logs:FilterLogEvents',
              ],
              Fn.sub('arn:${AWS::Partition}:logs:${AWS::Region}:${AWS::AccountId}:*'),
            ),
          ],
        },
      },
    ],
  });
  role.applyRemovalPolicy(RemovalPolicy.RETAIN);
  markOrigin(role, { kind: 'role', ...API_ORIGIN });
  const account = new CfnAccount(context.stack, 'ApiAccount', { cloudWatchRoleArn: role.attrArn });
  account.applyRemovalPolicy(RemovalPolicy.RETAIN);
  markOrigin(account, { kind: 'api-account', ...API_ORIGIN });
  return account;
}
