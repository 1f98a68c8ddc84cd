import { iamWildcard } from '../../../src/review/security/rules/iam';
import { contextOf } from '../support/context';

function policy(statements: Record<string, unknown>[]) {
  return contextOf({
    P: {
      Type: 'AWS::IAM::Policy',
      Properties: {
        PolicyName: 'p',
        PolicyDocument: { Version: '2012-10-17', Statement: statements },
        Roles: ['r'],
      },
    },
  });
}

describe('SA-IAM-WILDCARD', () => {
  it('fires high on wildcard actions', () => {
    const findings = iamWildcard.check(
      policy([
        { Effect: 'Allow', Action: 'dynamodb:*', Resource: 'arn:aws:dynamodb:us-east-1:1:table/t' },
      ]),
    );
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'high' });
    expect(findings[0]!.message).toContain('dynamodb:*');
  });

  it('fires medium on Resource "*" for actions that can be scoped', () => {
    const findings = iamWildcard.check(
      policy([{ Effect: 'Allow', Action: ['s3:GetObject'], Resource: '*' }]),
    );
    expect(findings.map((f) => f.severity)).toEqual(['medium']);
  });

  it('fires on inline role policies too', () => {
    const ctx = contextOf({
      R: {
        Type: 'AWS::IAM::Role',
        Properties: {
          AssumeRolePolicyDocument: {},
          Policies: [
            {
              PolicyName: 'x',
              PolicyDocument: { Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] },
            },
          ],
        },
      },
    });
    expect(iamWildcard.check(ctx)).toHaveLength(1);
  });

  it('stays quiet on scoped statements, X-Ray/VPC actions that only take "*", and Deny', () => {
    expect(
      iamWildcard.check(
        policy([
          {
            Effect: 'Allow',
            Action: ['dynamodb:GetItem'],
            Resource: { 'Fn::GetAtt': ['T', 'Arn'] },
          },
          {
            Effect: 'Allow',
            Action: ['xray:PutTraceSegments', 'xray:PutTelemetryRecords'],
            Resource: '*',
          },
          {
            Effect: 'Allow',
            Action: ['ec2:CreateNetworkInterface', 'ec2:DescribeNetworkInterfaces'],
            Resource: '*',
          },
          { Effect: 'Deny', Action: '*', Resource: '*' },
        ]),
      ),
    ).toEqual([]);
  });
});
