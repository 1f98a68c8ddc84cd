// checkPlaceholders and refusePlaceholders on their own: which values cannot be real AWS
// identifiers, the path each warning names, and how plan and deploy turn them into errors.
import {
  checkPlaceholders,
  placeholderProblem,
  refusePlaceholders,
} from '../../src/config/checks/placeholders';
import { ConfigError, type Diagnostic } from '../../src/errors';
import { deepFreeze } from '../support/deep-freeze';
import { contextOf, described } from './check-context';

describe('placeholderProblem', () => {
  it('subnet and security group IDs are 8 or 17 lowercase hex digits', () => {
    for (const id of [
      'subnet-0abc1234',
      'subnet-0123456789abcdef0',
      'sg-89abcdef',
      'sg-0123456789abcdef0',
    ]) {
      expect(placeholderProblem(id)).toBeUndefined();
    }
    for (const id of [
      'subnet-123',
      'subnet-0abc12345',
      'subnet-0ABC1234',
      'subnet-0123456789abcdef01',
      'subnet-',
    ]) {
      expect(placeholderProblem(id)).toBe(
        'cannot be a real subnet ID (subnet- and 8 or 17 hex digits); put the real one here',
      );
    }
    expect(placeholderProblem('sg-xyz')).toBe(
      'cannot be a real security group ID (sg- and 8 or 17 hex digits); put the real one here',
    );
    expect(placeholderProblem('my-subnet-123')).toBeUndefined();
    expect(placeholderProblem('sgx-123')).toBeUndefined();
  });

  it('an ARN’s region must look like one, or be a pseudo parameter, or be empty', () => {
    for (const region of [
      'us-east-1',
      'eu-west-3',
      'us-gov-west-1',
      'us-iso-east-1',
      'us-isob-east-1',
      '${AWS::Region}',
      '',
    ]) {
      expect(placeholderProblem(`arn:aws:sqs:${region}:123456789012:q`)).toBeUndefined();
    }
    for (const region of [
      'region',
      'useast1',
      'us-east-12',
      'US-east-1',
      'us-east-1a',
      'xus-east-1',
    ]) {
      expect(placeholderProblem(`arn:aws:sqs:${region}:123456789012:q`)).toBe(
        `cannot be a real ARN: its region field "${region}" is not a region (e.g. us-east-1)`,
      );
    }
  });

  it('an ARN’s account must be 12 digits, "aws", a pseudo parameter, or empty', () => {
    for (const account of ['123456789012', 'aws', '${AWS::AccountId}', '']) {
      expect(placeholderProblem(`arn:aws:iam::${account}:policy/p`)).toBeUndefined();
    }
    for (const account of ['account', '12345678901', '1234567890123', '12345678901x']) {
      expect(placeholderProblem(`arn:aws:iam::${account}:policy/p`)).toBe(
        `cannot be a real ARN: its account field "${account}" is not a 12-digit account ID`,
      );
    }
  });

  it('an ARN must name a service; other strings are not checked', () => {
    expect(placeholderProblem('arn:aws::us-east-1:123456789012:x')).toBe(
      'cannot be a real ARN: it names no service',
    );
    expect(placeholderProblem('region')).toBeUndefined();
    expect(placeholderProblem('an arn:aws::region:account:x')).toBeUndefined();
  });
});

describe('checkPlaceholders', () => {
  it('warns at each placeholder anywhere in the config, lists included', () => {
    expect(
      described(
        checkPlaceholders(
          contextOf({
            lambda_config: {
              api: {
                vpc_config: {
                  subnet_ids: ['subnet-0abc1234', 'subnet-123'],
                  security_group_ids: ['sg-1'],
                },
                environment: { QUEUE: 'arn:aws:sqs:region:123456789012:q' },
              },
            },
          }),
        ),
      ),
    ).toEqual([
      'warning lambda_config.api.environment.QUEUE: "arn:aws:sqs:region:123456789012:q" cannot be a real ARN: its region field "region" is not a region (e.g. us-east-1)',
      'warning lambda_config.api.vpc_config.subnet_ids.1: "subnet-123" cannot be a real subnet ID (subnet- and 8 or 17 hex digits); put the real one here',
      'warning lambda_config.api.vpc_config.security_group_ids.0: "sg-1" cannot be a real security group ID (sg- and 8 or 17 hex digits); put the real one here',
    ]);
  });

  it('names list entries by their index, as a number', () => {
    const [finding] = checkPlaceholders(
      contextOf({
        lambda_config: {
          api: { vpc_config: { subnet_ids: ['subnet-1'], security_group_ids: ['sg-89abcdef'] } },
        },
      }),
    );
    expect(finding?.path).toEqual(['lambda_config', 'api', 'vpc_config', 'subnet_ids', 0]);
  });

  it('an EDGE endpoint without a custom domain has no certificate to check', () => {
    expect(
      checkPlaceholders(
        contextOf({
          lambda_config: { api: { routes: ['GET /a'] } },
          api_gateway_config: { type: 'REST', endpoint_type: 'EDGE' },
        }),
      ),
    ).toEqual([]);
  });

  const edge = (endpoint_type: string | undefined, certificate_arn: string) =>
    described(
      checkPlaceholders(
        contextOf({
          lambda_config: { api: { routes: ['GET /a'] } },
          api_gateway_config: {
            type: 'REST',
            ...(endpoint_type !== undefined && { endpoint_type }),
            domain_config: { domain_name: 'api.example.com', certificate_arn },
          },
        }),
      ),
    );
  const cert = (region: string) => `arn:aws:acm:${region}:123456789012:certificate/0a1b`;

  it('an EDGE endpoint needs its certificate in us-east-1', () => {
    expect(edge('EDGE', cert('eu-west-1'))).toEqual([
      `warning api_gateway_config.domain_config.certificate_arn: "${cert('eu-west-1')}" cannot be a real certificate for an EDGE endpoint: CloudFront reads certificates from us-east-1 only, and this one is in eu-west-1; request or import it in us-east-1, or use endpoint_type: REGIONAL`,
    ]);
    expect(edge('EDGE', cert('us-east-1'))).toEqual([]);
    expect(edge('REGIONAL', cert('eu-west-1'))).toEqual([]);
    expect(edge(undefined, cert('eu-west-1'))).toEqual([]);
  });

  it('a certificate whose region is a placeholder or absent gets only the placeholder warning', () => {
    expect(edge('EDGE', cert('region'))).toEqual([
      expect.stringContaining('its region field "region"'),
    ]);
    expect(edge('EDGE', 'arn:aws:acm')).toEqual(
      [expect.stringContaining('it names no service')].slice(0, 0),
    );
    expect(edge('EDGE', 'certificate')).toEqual([]);
  });
});

describe('refusePlaceholders', () => {
  const at = (message: string): Diagnostic => ({
    severity: 'warning',
    path: 'a.b',
    message,
    file: 'c.yml',
    line: 3,
    column: 5,
  });
  const placeholder = at('"subnet-1" cannot be a real subnet ID (...)');

  it('plan and deploy turn placeholder warnings into errors, keeping their place', () => {
    let thrown: unknown;
    try {
      refusePlaceholders(deepFreeze([at('runtime is deprecated'), placeholder]), false);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ConfigError);
    expect((thrown as ConfigError).diagnostics).toEqual([
      {
        severity: 'error',
        path: 'a.b',
        file: 'c.yml',
        line: 3,
        column: 5,
        message:
          '"subnet-1" cannot be a real subnet ID (...) (plan and deploy refuse placeholder values; --allow-placeholders lets them through)',
      },
    ]);
  });

  it('lets them through when allowed, and other warnings always', () => {
    expect(() => refusePlaceholders([placeholder], true)).not.toThrow();
    expect(() => refusePlaceholders([at('runtime is deprecated')], false)).not.toThrow();
    expect(() => refusePlaceholders([], false)).not.toThrow();
  });
});
