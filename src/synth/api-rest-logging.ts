// What REST access logs need beyond the stage's setting: the account-level CloudWatch role.
import { Fn } from 'aws-cdk-lib/core';
import { CfnAccount } from './l1/aws-apigateway';
import { CfnRole } from './l1/aws-iam';
import { API_ORIGIN } from './api-common';
import { markOrigin, type SynthContext } from './context';
import { allow, assumedBy } from './iam';

/**
 * REST access logs need the account-level CloudWatch role (AWS::ApiGateway::Account), as
 * CDK's RestApi sets up by default. Its policy is inline, scoped to log actions.
 */
export function addCloudWatchRole(context: SynthContext): CfnAccount {
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
  markOrigin(role, { kind: 'role', ...API_ORIGIN });
  const account = new CfnAccount(context.stack, 'ApiAccount', { cloudWatchRoleArn: role.attrArn });
  markOrigin(account, { kind: 'api-account', ...API_ORIGIN });
  return account;
}
