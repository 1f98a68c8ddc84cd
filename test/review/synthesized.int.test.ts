// review() on stacks the real synth builds from the examples (no AWS).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../src/config';
import { review } from '../../src/review';
import type { CostItem, ReviewResult } from '../../src/review/types';
import { synthesize } from '../../src/synth';
import type { SynthesizedStack } from '../../src/synth/types';

const root = join(__dirname, '../..');
const scratch = mkdtempSync(join(tmpdir(), 'review-synth-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

async function reviewed(
  example: string,
): Promise<{ stack: SynthesizedStack; result: ReviewResult }> {
  const loaded = await loadConfig(`examples/${example}/serverless.config.yml`, { cwd: root });
  const stack = await synthesize(loaded, { outDir: join(scratch, example) });
  return { stack, result: await review(stack, { today: '2026-11-28' }) };
}

const usd = (
  items: readonly CostItem[],
  resource: string,
  text: string,
): number | null | undefined =>
  items.find((i) => i.resource === resource && i.description.includes(text))?.monthlyUsd;

describe('review of examples/seed-example', () => {
  it('finds the plaintext API_KEY at its line, the "*" CORS and the deprecated runtime', async () => {
    const { result } = await reviewed('seed-example');
    const secret = result.findings.find((f) => f.rule === 'SA-SECRET-ENV');
    expect(secret).toMatchObject({ severity: 'high', resource: 'api-handler' });
    const lines = readFileSync(
      join(root, 'examples/seed-example/serverless.config.yml'),
      'utf8',
    ).split('\n');
    expect(lines[secret!.location!.line - 1]).toContain('API_KEY: secret-key');
    expect(result.findings.map((f) => f.rule)).toEqual(
      expect.arrayContaining(['SA-CORS-ANY-ORIGIN', 'SA-RUNTIME-DEPRECATED']),
    );
    // No usage in the seed: the function is listed at its unit price, not as $0.
    const requests = result.cost.items.find(
      (i) => i.resource === 'api-handler' && i.service === 'AWS Lambda',
    );
    expect(requests).toMatchObject({ monthlyUsd: null, unitPrice: '$0.20 per 1M requests' });
  });
});

describe('review of examples/api-crud', () => {
  it('prices the usage the example declares', async () => {
    const { stack, result } = await reviewed('api-crud');
    const items = result.cost.items;
    // items: arm64, 256 MB; usage 2,000,000 requests x 40 ms
    expect(usd(items, 'items', 'Lambda requests')).toBeCloseTo(0.4, 6); // 2M x $0.20/1M
    // 2,000,000 x 0.040 s x 0.25 GB = 20,000 GB-s x $0.0000133334 = $0.266668
    expect(usd(items, 'items', 'Lambda duration (arm64)')).toBeCloseTo(0.266668, 6);
    expect(usd(items, 'api', 'HTTP API requests')).toBeCloseTo(2, 6); // 2M x $1.00/1M
    // 1,500,000 RRU x $0.125/1M = $0.1875; 500,000 WRU x $0.625/1M = $0.3125
    expect(usd(items, 'items', 'read request units')).toBeCloseTo(0.1875, 6);
    expect(usd(items, 'items', 'write request units')).toBeCloseTo(0.3125, 6);
    expect(result.findings.some((f) => f.rule === 'SA-SECRET-ENV')).toBe(false);
    // cfn-lint has no errors on the template the review read (its exit code is a bit mask: 2 = errors).
    let status = 0;
    try {
      execFileSync('cfn-lint', [stack.templateFile], { stdio: 'pipe' });
    } catch (error) {
      status = (error as { status: number }).status;
    }
    expect(status & 2).toBe(0);
  });
});

describe('review of examples/event-pipeline', () => {
  it('raises nothing on what the stack itself creates: its alarm topic and its stream-failure queue', async () => {
    const { result } = await reviewed('event-pipeline');
    const active = result.findings.filter((f) => f.suppressed === undefined);
    expect(active.filter((f) => f.rule === 'SA-TLS-ONLY')).toEqual([]);
    expect(active.filter((f) => f.logicalId === 'AlarmTopic')).toEqual([]);
    // The alarm topic's decision is shown, with its reason, not hidden.
    expect(
      result.findings.find((f) => f.logicalId === 'AlarmTopic' && f.rule === 'SA-QUEUE-ENCRYPTION')
        ?.suppressed?.reason,
    ).toMatch(/aws\/sns/);
  });
});
