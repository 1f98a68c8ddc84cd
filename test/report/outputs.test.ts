import { diagnosticAnnotations, findingAnnotations } from '../../src/report/annotations';
import { findingsAtOrAbove } from '../../src/report/findings';
import { actionOutputs } from '../../src/report/outputs';
import { deployed, findings, plan } from './sample';

describe('actionOutputs', () => {
  it('sets the seed six as JSON strings after a deploy', () => {
    const outputs = actionOutputs('app-dev', deployed);
    expect(JSON.parse(outputs['lambda_function_names']!)).toEqual({
      'api-handler': 'app-dev-api-handler',
    });
    expect(JSON.parse(outputs['api_gateway_endpoint']!)).toBe(
      'https://a1b2c3.execute-api.us-east-1.amazonaws.com',
    );
    expect(JSON.parse(outputs['dynamodb_table_arns']!)).toEqual({
      users: 'arn:aws:dynamodb:us-east-1:123456789012:table/app-dev-users',
    });
    expect(outputs).toMatchObject({
      'stack-name': 'app-dev',
      'has-changes': 'true',
      'change-set-id': plan.changeSetId,
      'monthly-cost': '12.40',
    });
    expect(JSON.parse(outputs['findings']!)).toEqual([
      {
        rule: 'SA-SECRET-ENV',
        severity: 'high',
        resource: 'api-handler',
        message: 'API_KEY looks like a secret in plain text',
      },
      {
        rule: 'AwsSolutions-IAM4',
        severity: 'medium',
        resource: 'api-handler',
        message: 'managed policy',
      },
    ]);
  });

  it('sets every output, empty, when nothing was deployed', () => {
    const outputs = actionOutputs('app-dev', undefined);
    expect(Object.keys(outputs)).toHaveLength(14);
    expect(outputs['result']).toBe('');
    expect(outputs['plan-dir']).toBe('');
    expect(outputs['lambda_function_arns']).toBe('{}');
    expect(outputs['api_gateway_id']).toBe('""');
    expect(outputs['has-changes']).toBe('false');
    expect(outputs['findings']).toBe('[]');
  });
});

describe('findingsAtOrAbove', () => {
  it('counts unsuppressed findings at or above the threshold', () => {
    expect(findingsAtOrAbove(findings, 'critical')).toEqual([]);
    expect(findingsAtOrAbove(findings, 'high').map((f) => f.rule)).toEqual(['SA-SECRET-ENV']);
    expect(findingsAtOrAbove(findings, 'info')).toHaveLength(2);
  });
});

describe('annotations', () => {
  it('pins findings to their config line by severity, skipping suppressed ones', () => {
    expect(findingAnnotations(findings)).toEqual([
      {
        level: 'error',
        title: 'SA-SECRET-ENV (high)',
        message: 'api-handler: API_KEY looks like a secret in plain text Fix: Use Secrets Manager.',
        file: 'serverless.config.yml',
        startLine: 12,
        startColumn: 9,
      },
      {
        level: 'warning',
        title: 'AwsSolutions-IAM4 (medium)',
        message: 'api-handler: managed policy',
      },
    ]);
  });

  it('pins config diagnostics', () => {
    expect(
      diagnosticAnnotations([
        {
          file: 'c.yml',
          line: 4,
          column: 2,
          severity: 'warning',
          path: 'event_source_config.q',
          message: 'ignored',
        },
      ]),
    ).toEqual([
      {
        level: 'warning',
        message: 'ignored',
        title: 'event_source_config.q',
        file: 'c.yml',
        startLine: 4,
        startColumn: 2,
      },
    ]);
  });
});
