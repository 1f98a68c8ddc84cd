// deployment_preference: unknown types, alarms and hooks are errors at their own line.
import { analyze } from './helpers';

const config = (preference: string, extra = ''): string =>
  [
    'project_name: shop',
    'environment: prod',
    'lambda_config:',
    '  api:',
    '    routes: ["GET /items"]',
    '    deployment_preference:',
    ...preference.split('\n').map((line) => `      ${line}`),
    '  smoke: {}',
    'api_gateway_config:',
    '  type: HTTP',
    extra,
  ].join('\n');

describe('deployment_preference checks', () => {
  it('accepts SAM types, the stack alarms, alarm ARNs and hook functions', () => {
    const analysis = analyze(
      config(
        [
          'type: Linear10PercentEvery3Minutes',
          'alarms: [errors, duration, "smoke:throttles", "api:5xx", "arn:aws:cloudwatch:us-east-1:123456789012:alarm:legacy"]',
          'hooks: { pre_traffic: smoke, post_traffic: smoke }',
        ].join('\n'),
      ),
      { probe: () => 'directory' },
    );
    expect(analysis.errors).toEqual([]);
  });

  it('refuses an unknown type at its line', () => {
    const analysis = analyze(config('type: Canary50Percent1Minute'), { probe: () => 'directory' });
    expect(analysis.errors).toEqual([
      expect.objectContaining({
        line: 7,
        message: expect.stringContaining('Canary10Percent5Minutes'),
      }),
    ]);
  });

  it('refuses unknown alarms and hooks at their lines, saying what exists', () => {
    const analysis = analyze(
      config(
        [
          'alarms: [errors, eror, "nope:errors", "api:p99"]',
          'hooks:',
          '  pre_traffic: smok',
          '  post_traffic: api',
        ].join('\n'),
      ),
      { probe: () => 'directory' },
    );
    const messages = analysis.errors.map((e) => [e.line, e.message]);
    expect(messages).toEqual([
      [7, expect.stringContaining('"eror": a function\'s alarms are errors, throttles, duration')],
      [7, expect.stringContaining('"nope:errors": no function "nope"')],
      [7, expect.stringContaining('"api:p99"')],
      [9, expect.stringContaining('no function "smok" in lambda_config; did you mean "smoke"?')],
      [10, expect.stringContaining('cannot be its own post_traffic hook')],
    ]);
  });

  it("refuses the stack's own alarms when monitoring creates none", () => {
    const analysis = analyze(config('alarms: [errors]', 'monitoring: { alarms_enabled: false }'), {
      probe: () => 'directory',
    });
    expect(analysis.errors).toEqual([
      expect.objectContaining({
        line: 7,
        message: expect.stringContaining('alarms_enabled is false'),
      }),
    ]);
  });
});
