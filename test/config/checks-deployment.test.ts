// checkDeploymentPreferences on its own: alarms and hooks name things that must exist.
import { alarmProblem, checkDeploymentPreferences } from '../../src/config/checks/deployment';
import { contextOf, described } from './check-context';

const check = (
  preference: Record<string, unknown>,
  extra: Record<string, unknown> = {},
  others: Record<string, unknown> = { hook: {} },
) =>
  described(
    checkDeploymentPreferences(
      contextOf({
        lambda_config: { f: { deployment_preference: preference }, ...others },
        ...extra,
      }),
    ),
  );

describe('deployment_preference', () => {
  it('a function without one, or with a sound one, has no findings', () => {
    expect(described(checkDeploymentPreferences(contextOf({ lambda_config: { f: {} } })))).toEqual(
      [],
    );
    expect(
      check({
        type: 'Canary10Percent5Minutes',
        alarms: ['errors', 'hook:throttles'],
        hooks: { pre_traffic: 'hook', post_traffic: 'hook' },
      }),
    ).toEqual([]);
  });

  it('reports each alarm that names nothing, at its index', () => {
    expect(
      check({ type: 'Canary10Percent5Minutes', alarms: ['errors', 'nobody:errors', 'oops'] }),
    ).toEqual([
      'error lambda_config.f.deployment_preference.alarms.1: "nobody:errors": no function "nobody" in lambda_config',
      expect.stringMatching(
        /^error lambda_config\.f\.deployment_preference\.alarms\.2: "oops": a function's alarms are /,
      ),
    ]);
  });

  it('a hook must be another function of lambda_config', () => {
    expect(
      check({
        type: 'Linear10PercentEvery1Minute',
        hooks: { pre_traffic: 'f', post_traffic: 'hok' },
      }),
    ).toEqual([
      'error lambda_config.f.deployment_preference.hooks.pre_traffic: a function cannot be its own pre_traffic hook',
      'error lambda_config.f.deployment_preference.hooks.post_traffic: no function "hok" in lambda_config; did you mean "hook"?',
    ]);
    expect(check({ hooks: { post_traffic: 'f' } })).toEqual([
      'error lambda_config.f.deployment_preference.hooks.post_traffic: a function cannot be its own post_traffic hook',
    ]);
    expect(check({ hooks: { pre_traffic: 'zzz' } })).toEqual([
      'error lambda_config.f.deployment_preference.hooks.pre_traffic: no function "zzz" in lambda_config',
    ]);
  });

  it('AllAtOnce ignores alarms and hooks, with a warning', () => {
    const warned = [
      'warning lambda_config.f.deployment_preference.type: AllAtOnce moves the alias without CodeDeploy: alarms and hooks have no effect',
    ];
    expect(check({ type: 'AllAtOnce', alarms: ['errors'] })).toEqual(warned);
    expect(check({ type: 'AllAtOnce', hooks: {} })).toEqual(warned);
    expect(check({ type: 'AllAtOnce', alarms: [] })).toEqual([]);
    expect(check({ type: 'AllAtOnce' })).toEqual([]);
  });
});

describe('alarmProblem', () => {
  const functions = new Set(['f']);
  const config = (extra: Record<string, unknown>) =>
    contextOf({ lambda_config: { f: {} }, ...extra }).config;

  it('an existing alarm by ARN is always fine, even with the stack’s alarms off', () => {
    expect(
      alarmProblem(
        config({ monitoring: { alarms_enabled: false } }),
        'arn:aws:cloudwatch:us-east-1:123456789012:alarm:high-errors',
        'f',
        functions,
      ),
    ).toBeUndefined();
  });

  it('the stack’s own alarms need alarms_enabled', () => {
    expect(
      alarmProblem(config({ monitoring: { alarms_enabled: false } }), 'errors', 'f', functions),
    ).toBe(
      '"errors": monitoring.alarms_enabled is false, so the stack creates no alarms (name an existing alarm by ARN, or turn alarms on)',
    );
    expect(
      alarmProblem(config({ monitoring: { alarms_enabled: true } }), 'errors', 'f', functions),
    ).toBeUndefined();
    expect(alarmProblem(config({}), 'errors', 'f', functions)).toBeUndefined();
  });

  it('api alarms need an API, and a WebSocket API has no latency alarm', () => {
    expect(alarmProblem(config({}), 'api:5xx', 'f', functions)).toBe(
      '"api:5xx": the config has no api_gateway_config',
    );
    const websocket = config({ api_gateway_config: { type: 'WEBSOCKET' } });
    expect(alarmProblem(websocket, 'api:latency', 'f', functions)).toBe(
      '"api:latency": WebSocket APIs have no latency alarm (use api:5xx)',
    );
    expect(alarmProblem(websocket, 'api:5xx', 'f', functions)).toBeUndefined();
    expect(
      alarmProblem(config({ api_gateway_config: { type: 'HTTP' } }), 'api:latency', 'f', functions),
    ).toBeUndefined();
  });
});
