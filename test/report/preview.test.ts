// The preview's section of the comment: the differences from production.
import { dailyUsd, renderPreview } from '../../src/report/preview';

const DIFFERENCES = [
  {
    what: 'custom domain',
    path: 'api_gateway_config.domain_config',
    preview: "none: the endpoint is the API's own URL",
    production: 'api.example.com',
  },
  { what: 'removal policy', path: 'removal_policy', preview: 'DESTROY', production: 'RETAIN' },
];

describe('the preview section', () => {
  it('turns the monthly estimate into a daily one (a 730-hour month)', () => {
    expect(dailyUsd(730 / 24)).toBeCloseTo(1, 10);
  });

  it('lists every difference from production with its override', () => {
    const text = renderPreview({ differences: DIFFERENCES });
    expect(text).toContain('Differs from production');
    expect(text).toContain(
      "| custom domain | none: the endpoint is the API's own URL | api.example.com | `api_gateway_config.domain_config` under `environments.pr-*` |",
    );
    expect(text).toContain('| removal policy | DESTROY | RETAIN |');
  });

  it('says nothing when the preview differs in nothing', () => {
    expect(renderPreview({ differences: [] })).toBe('');
  });
});
