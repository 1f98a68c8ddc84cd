// Preview defaults: what a pr-* stage gets instead of production's settings, each undone by
// an environments key, each listed as a difference; and the isolation check on existing ARNs.
import { previewDefaultsLayer } from '../../src/config/preview-defaults';
import { analyze, yaml } from './helpers';

const PRODUCTION_LIKE = yaml`
  project_name: shop
  lambda_config:
    api:
      reserved_concurrent_executions: 5
      provisioned_concurrent_executions: 2
      log_retention_in_days: 90
      deployment_preference: { type: Canary10Percent10Minutes, alarms: [errors] }
  api_gateway_config:
    domain_config:
      domain_name: api.example.com
      certificate_arn: arn:aws:acm:us-east-1:123456789012:certificate/abc
  dynamodb_config:
    users:
      billing_mode: PROVISIONED
      read_capacity: 10
      write_capacity: 5
      hash_key: id
      attributes: [{ name: id, type: S }]
  monitoring:
    alarm_email_addresses: [ops@example.com]
    budget_limit_usd: 50
`;

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

describe('preview defaults', () => {
  it('turn off what costs, collides or keeps data, on a pr-* stage', () => {
    const { config, errors, warnings } = analyze(PRODUCTION_LIKE, { environment: 'pr-12' });
    expect(errors).toEqual([]);
    expect(warnings.filter((w) => w.message.includes('AllAtOnce'))).toEqual([]);
    expect(config?.api_gateway_config?.domain_config).toBeUndefined();
    expect(config?.monitoring?.alarm_email_addresses).toBeUndefined();
    expect(config?.monitoring?.budget_limit_usd).toBeUndefined();
    expect(config?.monitoring?.alarms_enabled).toBe(true);
    expect(config?.monitoring?.log_retention_in_days).toBe(3);
    expect(config?.removal_policy).toBe('DESTROY');
    const api = config?.lambda_config['api'];
    expect(api?.reserved_concurrent_executions).toBe(-1);
    expect(api?.provisioned_concurrent_executions).toBeUndefined();
    expect(api?.log_retention_in_days).toBeUndefined();
    expect(api?.deployment_preference).toEqual({ type: 'AllAtOnce' });
    const users = config?.dynamodb_config['users'];
    expect(users?.billing_mode).toBe('PAY_PER_REQUEST');
    expect(users?.read_capacity).toBeUndefined();
    expect(users?.deletion_protection_enabled).toBe(false);
    expect(users?.point_in_time_recovery).toBe(false);
  });

  it('leave production alone', () => {
    const { config } = analyze(PRODUCTION_LIKE, { environment: 'prod' });
    expect(config?.api_gateway_config?.domain_config?.domain_name).toBe('api.example.com');
    expect(config?.removal_policy).toBeUndefined();
    expect(config?.dynamodb_config['users']?.billing_mode).toBe('PROVISIONED');
  });

  it('list every difference from production with the path that overrides it', () => {
    const { composition } = analyze(PRODUCTION_LIKE, { environment: 'pr-12' });
    const byPath = Object.fromEntries(
      (composition?.previewDifferences ?? []).map((d) => [d.path, [d.preview, d.production]]),
    );
    expect(byPath).toEqual({
      'api_gateway_config.domain_config': [
        "none: the endpoint is the API's own URL",
        'api.example.com',
      ],
      'monitoring.alarm_email_addresses': ['none', '1 subscribed'],
      'monitoring.budget_limit_usd': ['none', '$50/month'],
      removal_policy: ['DESTROY', 'RETAIN'],
      'monitoring.log_retention_in_days': ['3 days', '30 days'],
      'lambda_config.api.log_retention_in_days': ['the stage default', '90 days'],
      'lambda_config.api.reserved_concurrent_executions': ['none', '5'],
      'lambda_config.api.provisioned_concurrent_executions': ['none', '2'],
      'lambda_config.api.deployment_preference.type': ['AllAtOnce', 'Canary10Percent10Minutes'],
      'dynamodb_config.users.billing_mode': ['on demand', 'provisioned capacity'],
      'dynamodb_config.users.deletion_protection_enabled': ['off', 'on'],
      'dynamodb_config.users.point_in_time_recovery': ['off', 'on'],
    });
  });

  it('each yield to a pattern that sets the value, which is then not listed', () => {
    const text = `${PRODUCTION_LIKE}environments:
  pr-*:
    removal_policy: RETAIN
    monitoring:
      log_retention_in_days: 7
    api_gateway_config:
      domain_config:
        domain_name: previews.example.com
        certificate_arn: arn:aws:acm:us-east-1:123456789012:certificate/def
    dynamodb_config:
      users:
        deletion_protection_enabled: true
    lambda_config:
      api:
        deployment_preference: { type: Linear10PercentEvery1Minute }
`;
    const { config, errors, composition } = analyze(text, { environment: 'pr-3' });
    expect(errors).toEqual([]);
    expect(config?.removal_policy).toBe('RETAIN');
    expect(config?.monitoring?.log_retention_in_days).toBe(7);
    expect(config?.api_gateway_config?.domain_config?.domain_name).toBe('previews.example.com');
    expect(config?.dynamodb_config['users']?.deletion_protection_enabled).toBe(true);
    expect(config?.lambda_config['api']?.deployment_preference?.type).toBe(
      'Linear10PercentEvery1Minute',
    );
    const paths = (composition?.previewDifferences ?? []).map((d) => d.path);
    expect(paths).not.toContain('removal_policy');
    expect(paths).not.toContain('api_gateway_config.domain_config');
    expect(paths).not.toContain('dynamodb_config.users.deletion_protection_enabled');
    expect(paths).toContain('dynamodb_config.users.billing_mode');
  });

  it('apply to a stage named otherwise when the caller says it is ephemeral', () => {
    const { config } = analyze(PRODUCTION_LIKE, { environment: 'review-7', ephemeral: true });
    expect(config?.removal_policy).toBe('DESTROY');
  });

  it('add no section the base does not have, and never change the base', () => {
    const base = deepFreeze({ project_name: 'x', lambda_config: { a: { memory_size: 128 } } });
    const layer = previewDefaultsLayer(base);
    expect(layer).not.toHaveProperty('api_gateway_config');
    expect(layer['lambda_config']).toEqual({ a: {} });
    expect(layer['monitoring']).toEqual({ log_retention_in_days: 3 });
  });
});

const EXISTING_QUEUE = yaml`
  project_name: shop
  lambda_config:
    worker: {}
  event_source_config:
    orders:
      type: SQS
      source: arn:aws:sqs:us-east-1:123456789012:orders
`;

describe('isolation of previews from existing resources', () => {
  it('is an error for a preview to consume an existing queue, at its line', () => {
    const { errors } = analyze(EXISTING_QUEUE, { environment: 'pr-12' });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({
      line: 7,
      path: 'event_source_config.orders.source',
      message: expect.stringMatching(/pr-12 is a preview stage.*shared: true/s),
    });
  });

  it('is fine for production', () => {
    expect(analyze(EXISTING_QUEUE, { environment: 'prod' }).errors).toEqual([]);
  });

  it('is fine when a pattern replaces the ARN with a queue of its own', () => {
    const text = `${EXISTING_QUEUE}environments:\n  pr-*:\n    event_source_config:\n      orders:\n        source: null\n`;
    const { errors, config } = analyze(text, { environment: 'pr-12' });
    expect(errors).toEqual([]);
    expect(config?.event_source_config['orders']?.source).toBeUndefined();
  });

  it('is fine when marked shared: true, and the preview lists it as shared', () => {
    const text = EXISTING_QUEUE.replace('type: SQS', 'type: SQS\n    shared: true');
    const { errors, composition } = analyze(text, { environment: 'pr-12' });
    expect(errors).toEqual([]);
    expect(composition?.previewDifferences).toContainEqual({
      what: 'orders: shared with production',
      path: 'event_source_config.orders.source',
      preview: 'the same arn:aws:sqs:us-east-1:123456789012:orders (shared: true)',
      production: 'arn:aws:sqs:us-east-1:123456789012:orders',
    });
  });

  it('covers an existing failure destination a preview would write to', () => {
    const text = yaml`
      project_name: shop
      lambda_config:
        worker: {}
      event_source_config:
        changes:
          type: KINESIS
          source: stream-of-its-own
          destination_config:
            on_failure:
              destination_arn: arn:aws:sqs:us-east-1:123456789012:failures
    `;
    const { errors } = analyze(text, { environment: 'pr-1' });
    expect(errors.map((e) => e.path)).toEqual([
      'event_source_config.changes.destination_config.on_failure.destination_arn',
    ]);
  });
});
