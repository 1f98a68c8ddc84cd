import { formatReviewText, reviewJson } from '../../src/review/format';
import type { ReviewResult } from '../../src/review/types';

const result: ReviewResult = {
  cost: {
    monthlyUsd: 1.2,
    fixedUsd: 0.2,
    usageUsd: 1,
    region: 'us-east-1',
    priceDate: '2025-06-01',
    warnings: ['1 usage-based line has no usage'],
    items: [
      {
        resource: 'api',
        service: 'AWS Lambda',
        description: 'Lambda requests: 5M requests',
        monthlyUsd: 1,
        usageBased: true,
      },
      {
        resource: 'orders',
        service: 'Amazon SQS',
        description: 'usage unknown',
        monthlyUsd: null,
        unitPrice: '$0.40 per 1M requests',
        usageBased: true,
      },
      {
        resource: 'api',
        service: 'Amazon CloudWatch',
        description: '2 alarm metrics',
        monthlyUsd: 0.2,
        usageBased: false,
      },
    ],
  },
  findings: [
    {
      rule: 'SA-SECRET-ENV',
      severity: 'critical',
      resource: 'api',
      logicalId: 'ApiFn',
      message: 'AWS key',
      fix: 'use Secrets Manager',
      location: { file: 'c.yml', line: 7, column: 9 },
    },
    {
      rule: 'SA-ROUTE-NO-AUTH',
      severity: 'medium',
      resource: 'health',
      message: 'open',
      suppressed: { reason: 'public' },
    },
  ],
  warnings: ['suppressions[1] matches no finding'],
};

describe('formatReviewText', () => {
  const text = formatReviewText(result);

  it('shows the total, the split and unknown lines as "?"', () => {
    expect(text).toContain('Monthly cost estimate: $1.20 (us-east-1 list prices of 2025-06-01');
    expect(text).toContain('fixed $0.20 + usage-based $1.00; 1 usage-based line without usage');
    expect(text).toMatch(/orders\s+Amazon SQS\s+\?\s+usage/);
  });

  it('lists findings as FILE:LINE:COLUMN: severity lines, suppressed ones with their reason', () => {
    expect(text).toContain('c.yml:7:9: critical: [SA-SECRET-ENV] api (ApiFn): AWS key');
    expect(text).toContain('suppressed medium: [SA-ROUTE-NO-AUTH] health: open');
    expect(text).toContain('    suppressed: public');
    expect(text).toContain('Security findings: 1 critical (1 suppressed)');
    expect(text).toContain('warning: suppressions[1] matches no finding');
  });
});

describe('reviewJson', () => {
  it('keeps the SPEC keys and adds warnings', () => {
    const json = reviewJson(result) as {
      cost: { monthlyUsd: number; items: unknown[] };
      findings: unknown[];
      warnings: string[];
    };
    expect(json.cost.monthlyUsd).toBe(1.2);
    expect(json.cost.items).toHaveLength(3);
    expect(json.findings).toHaveLength(2);
    expect(json.warnings).toEqual([
      '1 usage-based line has no usage',
      'suppressions[1] matches no finding',
    ]);
  });
});
