import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { clearOutDir, isEphemeralEnvironment } from '../../src/synth';
import type { CfnTemplate } from '../../src/synth/types';
import { stackTags } from '../../src/synth/tags';
import { fn, resourcesOf, synth } from './helpers';

describe('the stack', () => {
  it('is named <project>-<environment> and has no CDK noise', async () => {
    const { stack } = await synth({ lambda_config: { a: fn() } });
    expect(stack.stackName).toBe('demo-dev');
    const template = stack.template;
    expect(template.AWSTemplateFormatVersion).toBe('2010-09-09');
    expect(template.Parameters ?? {}).not.toHaveProperty('BootstrapVersion');
    expect(template.Rules ?? {}).not.toHaveProperty('CheckBootstrapVersion');
    const text = readFileSync(stack.templateFile, 'utf8');
    expect(text).not.toMatch(/aws:cdk:path|CDKMetadata|aws:asset:/);
  });

  it('tags every taggable resource with config tags plus project, environment, managed-by', async () => {
    const { stack } = await synth({
      lambda_config: { a: fn() },
      dynamodb_config: { t: { hash_key: 'id', attributes: [{ name: 'id', type: 'S' }] } },
      event_source_config: { q: { type: 'SQS' } },
      tags: { team: 'payments' },
    });
    expect(stack.tags).toEqual({
      team: 'payments',
      project: 'demo',
      environment: 'dev',
      'managed-by': 'serverless-action',
    });
    for (const type of [
      'AWS::Lambda::Function',
      'AWS::DynamoDB::Table',
      'AWS::SQS::Queue',
      'AWS::IAM::Role',
      'AWS::Logs::LogGroup',
    ]) {
      for (const resource of Object.values(resourcesOf(stack, type))) {
        expect(resource.Properties['Tags']).toEqual(
          expect.arrayContaining([
            { Key: 'team', Value: 'payments' },
            { Key: 'project', Value: 'demo' },
            { Key: 'environment', Value: 'dev' },
            { Key: 'managed-by', Value: 'serverless-action' },
          ]),
        );
      }
    }
  });

  it('lets ours win over config tags that differ only in case (IAM rejects such duplicates)', () => {
    expect(
      stackTags(
        {
          project_name: 'mi-proyecto',
          environment: 'prod',
          tags: { Project: 'x', Environment: 'prod', team: 'a' },
        },
        false,
      ),
    ).toEqual({
      team: 'a',
      project: 'mi-proyecto',
      environment: 'prod',
      'managed-by': 'serverless-action',
    });
  });

  it('marks pull-request environments ephemeral: tag, 3-day logs, DESTROY', async () => {
    expect(isEphemeralEnvironment('pr-12')).toBe(true);
    expect(isEphemeralEnvironment('prod')).toBe(false);
    const { stack } = await synth({
      environment: 'pr-12',
      lambda_config: { a: fn({ log_retention_in_days: 90 }) },
    });
    expect(stack.tags['ephemeral']).toBe('true');
    const logGroup = Object.values(resourcesOf(stack, 'AWS::Logs::LogGroup'))[0]!;
    expect(logGroup.Properties['RetentionInDays']).toBe(3);
    expect(logGroup['DeletionPolicy']).toBe('Delete');
  });

  it('honours an explicit ephemeral option', async () => {
    const { stack } = await synth({ lambda_config: { a: fn() } }, { ephemeral: true });
    expect(stack.tags['ephemeral']).toBe('true');
  });

  it('is deterministic: the same config gives the same template and asset hashes', async () => {
    const config = {
      lambda_config: { a: fn(), b: { source: 'src/handler.ts' } },
      event_source_config: { q: { type: 'SQS', function: 'a' } },
    };
    const first = await synth(config);
    const second = await synth(config);
    expect(second.stack.template).toEqual(first.stack.template);
  });

  it('records origins for every resource from a config entry', async () => {
    const { stack } = await synth({
      lambda_config: { a: fn() },
      event_source_config: { q: { type: 'SQS' } },
      api_gateway_config: { type: 'HTTP' },
    });
    const untracked = Object.keys(stack.template.Resources).filter((id) => !stack.origins[id]);
    expect(untracked).toEqual([]);
    expect(stack.origins['AFunction']).toEqual({
      kind: 'function',
      key: 'a',
      path: 'lambda_config.a',
    });
    expect(stack.origins['QQueue']).toEqual({
      kind: 'queue',
      key: 'q',
      path: 'event_source_config.q',
    });
    expect(stack.origins['Api']).toEqual({ kind: 'api', key: 'api', path: 'api_gateway_config' });
  });

  it('outputs the seed maps as JSON strings keyed by config key', async () => {
    const { stack } = await synth({ lambda_config: { a: fn(), 'b-2': fn() } });
    expect(stack.template.Outputs?.['LambdaFunctionNames']?.Value).toEqual({
      'Fn::Join': ['', ['{"a":"', { Ref: 'AFunction' }, '","b-2":"', { Ref: 'B2Function' }, '"}']],
    });
    expect(stack.template.Outputs?.['LambdaFunctionArns']?.Value).toEqual({
      'Fn::Join': [
        '',
        [
          '{"a":"',
          { 'Fn::GetAtt': ['AFunction', 'Arn'] },
          '","b-2":"',
          { 'Fn::GetAtt': ['B2Function', 'Arn'] },
          '"}',
        ],
      ],
    });
    expect(stack.template.Outputs?.['DynamodbTableNames']?.Value).toBe('{}');
    expect(stack.template.Outputs).not.toHaveProperty('ApiGatewayId');
  });

  it('replaces an earlier assembly but refuses to empty any other directory', async () => {
    const { stack } = await synth({ lambda_config: { a: fn() } });
    expect(() => clearOutDir(stack.outDir)).not.toThrow();
    const project = mkdtempSync(join(tmpdir(), 'not-an-assembly-'));
    writeFileSync(join(project, 'serverless.config.yml'), 'project_name: x\n');
    expect(() => clearOutDir(project)).toThrow(/holds no cloud assembly/);
    expect(existsSync(join(project, 'serverless.config.yml'))).toBe(true);
    rmSync(project, { recursive: true });
  });

  it('past 500 resources puts the functions in nested stacks; below, one stack', async () => {
    const many = Object.fromEntries(Array.from({ length: 90 }, (_, i) => [`f${i}`, fn()]));
    const { stack } = await synth({ lambda_config: many });
    const nested = stack.nested ?? [];
    const typesOf = (t: CfnTemplate) => Object.values(t.Resources).map((r) => r.Type);
    // 722 resources flat (90 functions with 3 alarms each): too many for one stack.
    expect(typesOf(stack.template)).not.toContain('AWS::Lambda::Function');
    expect(typesOf(stack.template).filter((t) => t === 'AWS::CloudFormation::Stack')).toHaveLength(
      nested.length,
    );
    const functions = nested.flatMap((n) =>
      typesOf(n.template).filter((t) => t === 'AWS::Lambda::Function'),
    );
    expect(functions).toHaveLength(90);
    expect(stack.resourceCount).toBe(
      typesOf(stack.template).length +
        nested.reduce((sum, n) => sum + typesOf(n.template).length, 0),
    );
    expect(stack.resourceCount).toBe(722 + nested.length);
    // Without alarms, 90 functions fit one stack: log group, role, function, version, alias each.
    const flat = await synth({ lambda_config: many, monitoring: { alarms_enabled: false } });
    expect(flat.stack.resourceCount).toBe(450);
    expect(flat.stack.nested).toEqual([]);
  });
});
