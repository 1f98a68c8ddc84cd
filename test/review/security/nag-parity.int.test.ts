// cdk-nag on synth's construct tree (nag-tree.ts) against what the packs found when review
// rebuilt the template through aws-cdk-lib's internal parser: the same findings, and the same
// raw pack violations, on every example and test fixture config. The "before" sets were
// recorded with that old code (test/fixtures/review/findings-before-tree-review.json), and
// re-recorded deliberately when later work changed findings on purpose (the permissions
// boundary rule, no TLS finding on the stack's own dead-letter queues, the REST example's
// request validation and logging, the CodeDeploy role of traffic shifting); any other change to them is a regression.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../../src/config';
import { review } from '../../../src/review';
import { runNagRules } from '../../../src/review/security/nag-tree';
import { synthesize } from '../../../src/synth';
import { deepFreeze } from '../../support/deep-freeze';

const root = join(__dirname, '../../..');
const before = JSON.parse(
  readFileSync(join(root, 'test/fixtures/review/findings-before-tree-review.json'), 'utf8'),
) as Record<string, string[]>;
const configs = Object.keys(before).filter((k) => !k.endsWith(' (raw)'));

/**
 * The one difference, a false positive the rebuild made: synth gives every bucket a TLS-only
 * policy (src/synth/event-sources/s3.ts), which AwsSolutions-S10 recognizes on the constructs
 * but not on the rebuilt template, where the policy's object ARN had turned into a token.
 */
const rebuildFalsePositives = (line: string): boolean =>
  line.startsWith('AwsSolutions-S10 | UploadsBucket |');
const expected = (key: string): string[] => before[key]!.filter((l) => !rebuildFalsePositives(l));
const scratch = mkdtempSync(join(tmpdir(), 'nag-parity-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('cdk-nag on the construct tree keeps every finding of the template rebuild', () => {
  it.each(configs)('%s', async (config) => {
    const loaded = await loadConfig(config, { cwd: root });
    const stack = await synthesize(loaded, { outDir: join(scratch, config.replace(/\W/g, '_')) });
    const copy = structuredClone(stack.template);
    // Review reads the template; it must not change it (a write to a frozen object throws).
    deepFreeze(stack.template);
    const result = await review(stack, { today: '2026-11-28' });
    expect(stack.template).toEqual(copy);
    expect(result.warnings).not.toEqual(
      expect.arrayContaining([expect.stringContaining('cdk-nag')]),
    );
    const findings = result.findings
      .map((f) => `${f.rule} | ${f.logicalId ?? ''} | ${f.resource} | ${f.severity} | ${f.message}`)
      .sort();
    expect(findings).toEqual(expected(config));
    const raw = runNagRules(stack.tree!)
      .flatMap((v) =>
        v.violatingResources.map(
          (r) => `${v.ruleName} | ${r.logicalId} | ${v.severity} | ${v.description}`,
        ),
      )
      .sort();
    expect(raw).toEqual(expected(`${config} (raw)`));
  });
});
