// environments.<env> deep-merges over the base: maps merge, lists replace, null removes a
// key; the merged result is validated, and positions point at whoever wrote the value.
import { deepMerge, selectEnvironment } from '../../src/config/merge';
import { analyze, yaml } from './helpers';

const CONFIG = yaml`
  project_name: shop
  environment: dev
  lambda_config:
    api:
      memory_size: 256
      timeout: 10
      layers: ["arn:aws:lambda:us-east-1:123456789012:layer:a:1", "arn:aws:lambda:us-east-1:123456789012:layer:b:1"]
      vpc_config:
        subnet_ids: [subnet-0a1b2c3d]
        security_group_ids: [sg-0a1b2c3d]
      environment:
        LOG_LEVEL: debug
        TABLE: items
  tags:
    team: web
  environments:
    prod:
      lambda_config:
        api:
          memory_size: 1024
          layers: ["arn:aws:lambda:us-east-1:123456789012:layer:c:7"]
          vpc_config: null
          environment:
            LOG_LEVEL: warn
      tags:
        cost-center: "42"
`;

describe('deepMerge', () => {
  it('merges maps, replaces lists and scalars, removes keys set to null', () => {
    expect(
      deepMerge(
        { a: { x: 1, y: [1, 2], z: 'keep' }, b: 1, c: { gone: true } },
        { a: { x: 2, y: [3] }, b: { now: 'map' }, c: null },
      ),
    ).toEqual({ a: { x: 2, y: [3], z: 'keep' }, b: { now: 'map' } });
  });

  it('does not change its inputs', () => {
    const base = { a: { x: 1 } };
    deepMerge(base, { a: { x: 2 } });
    expect(base).toEqual({ a: { x: 1 } });
  });
});

describe('selectEnvironment', () => {
  it('the flag wins over the file, the file over "dev"', () => {
    expect(selectEnvironment({ environment: 'qa' }, 'prod').environment).toBe('prod');
    expect(selectEnvironment({ environment: 'qa' }, undefined).environment).toBe('qa');
    expect(selectEnvironment({}, undefined).environment).toBe('dev');
  });

  it('the merged environment is the chosen one even when an override writes another', () => {
    const selection = selectEnvironment(
      { environment: 'dev', environments: { prod: { environment: 'staging' } } },
      'prod',
    );
    expect(selection.merged['environment']).toBe('prod');
    expect(selection.merged).not.toHaveProperty('environments');
  });
});

describe('a config with environments', () => {
  it('the base environment ignores the overrides', () => {
    const { config, errors } = analyze(CONFIG);
    expect(errors).toEqual([]);
    expect(config?.environment).toBe('dev');
    expect(config?.lambda_config['api']?.memory_size).toBe(256);
    expect(config?.lambda_config['api']?.layers).toHaveLength(2);
  });

  it('prod merges maps, replaces lists and drops vpc_config', () => {
    const { config, errors } = analyze(CONFIG, { environment: 'prod' });
    expect(errors).toEqual([]);
    const api = config?.lambda_config['api'];
    expect(config?.environment).toBe('prod');
    expect(api?.memory_size).toBe(1024);
    expect(api?.timeout).toBe(10);
    expect(api?.layers).toEqual(['arn:aws:lambda:us-east-1:123456789012:layer:c:7']);
    expect(api?.vpc_config).toBeUndefined();
    expect(api?.environment).toEqual({ LOG_LEVEL: 'warn', TABLE: 'items' });
    expect(config?.tags).toEqual({ team: 'web', 'cost-center': '42' });
  });

  it('an environment the file does not define gets the base config', () => {
    const { config, errors, warnings } = analyze(CONFIG, { environment: 'qa' });
    expect(errors).toEqual([]);
    expect(warnings).toEqual([]);
    expect(config?.environment).toBe('qa');
    expect(config?.lambda_config['api']?.memory_size).toBe(256);
  });

  it('a name one letter from a defined environment is a warning, not an error', () => {
    const { config, errors, warnings } = analyze(CONFIG, { environment: 'prd' });
    expect(errors).toEqual([]);
    expect(config?.lambda_config['api']?.memory_size).toBe(256);
    expect(warnings.map((w) => `${w.line}:${w.column} ${w.message}`)).toEqual([
      '16:1 environment "prd" is not defined under environments, so it gets the base config; did you mean "prod"?',
    ]);
  });

  it('locate: what the override wrote points at the override, the rest at the base', () => {
    const { locate } = analyze(CONFIG, { environment: 'prod' });
    expect(locate(['lambda_config', 'api', 'memory_size'])).toEqual({ line: 20, column: 9 });
    expect(locate(['lambda_config', 'api', 'timeout'])).toEqual({ line: 6, column: 5 });
    expect(locate(['lambda_config', 'api', 'environment', 'LOG_LEVEL'])).toEqual({
      line: 24,
      column: 11,
    });
    expect(locate(['lambda_config', 'api', 'environment', 'TABLE'])).toEqual({
      line: 13,
      column: 7,
    });
    // A list the override replaced belongs to the override, items included.
    expect(locate(['lambda_config', 'api', 'layers', 1])).toEqual({ line: 21, column: 9 });
    expect(locate(['tags', 'cost-center'])).toEqual({ line: 26, column: 7 });
    expect(locate(['project_name'])).toEqual({ line: 1, column: 1 });
    // A mapping both wrote is located where the base defines it.
    expect(locate(['lambda_config', 'api'])).toEqual({ line: 4, column: 3 });
    expect(locate(['tags'])).toEqual({ line: 14, column: 1 });
  });

  it('without the environment, the base positions are used', () => {
    const { locate } = analyze(CONFIG);
    expect(locate(['lambda_config', 'api', 'memory_size'])).toEqual({ line: 5, column: 5 });
    expect(locate(['lambda_config', 'api', 'layers', 1])).toEqual({ line: 7, column: 65 });
  });

  it('errors of a merged config are reported at the override', () => {
    const text = CONFIG.replace('memory_size: 1024', 'memory_size: 64').replace(
      'LOG_LEVEL: warn',
      'AWS_REGION: x',
    );
    const { errors } = analyze(text, { environment: 'prod' });
    expect(errors.map((e) => [e.line, e.column, e.path])).toEqual([
      [20, 22, 'lambda_config.api.memory_size'],
      [24, 11, 'lambda_config.api.environment.AWS_REGION'],
    ]);
    // The base alone is still fine.
    expect(analyze(text).errors).toEqual([]);
  });

  it('unknown keys inside an override are reported there, with a suggestion', () => {
    const text = CONFIG.replace('memory_size: 1024', 'memory: 1024');
    const { errors } = analyze(text, { environment: 'prod' });
    expect(errors.map((e) => `${e.line}:${e.column} ${e.message}`)).toEqual([
      '20:9 unknown key "memory" in lambda_config.api; did you mean "memory_size"?',
    ]);
  });
});
