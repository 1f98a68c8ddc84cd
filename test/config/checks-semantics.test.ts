// checkSemantics runs every check over one config, in a fixed order: one finding each here.
import { checkSemantics } from '../../src/config/semantics';
import { contextOf, described } from './check-context';

it('checkSemantics reports what each check finds', () => {
  // 500 tables: more than the parent stack can hold, whatever is nested.
  const table = { hash_key: 'id', attributes: [{ name: 'id', type: 'S' }] };
  const tables = Object.fromEntries(Array.from({ length: 500 }, (_, i) => [`t${i}`, table]));
  const findings = described(
    checkSemantics(
      contextOf({
        lambda_config: {
          a: {
            runtime: 'nodejs22',
            routes: ['GET users'],
            deployment_preference: { hooks: { pre_traffic: 'a' } },
            permissions: [{ actions: ['GetObject'], resources: ['*'] }],
            environment: { SUBNET: 'subnet-1' },
          },
        },
        api_gateway_config: { type: 'HTTP' },
        dynamodb_config: {
          ...tables,
          t: { hash_key: 'id', attributes: [{ name: 'id', type: 'S' }], ttl_enabled: true },
        },
        event_source_config: { s: { type: 'SCHEDULE', function: 'a' } },
        tags: { 'aws:x': 'y' },
        usage: { lambda: { zzz: {} } },
      }),
    ),
  );
  expect(findings.map((f) => f.slice(0, f.indexOf(':')))).toEqual([
    'error lambda_config.a.runtime',
    'error lambda_config.a.deployment_preference.hooks.pre_traffic',
    'error lambda_config.a.permissions.0.actions.0',
    'error lambda_config.a.routes.0',
    'error dynamodb_config.t.ttl_enabled (key)',
    'error event_source_config.s (key)',
    'error tags.aws',
    'warning usage.lambda.zzz (key)',
    'error lambda_config (key)',
    'warning lambda_config.a.environment.SUBNET',
  ]);
});
