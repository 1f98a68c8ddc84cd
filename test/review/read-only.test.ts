// Review reads the template it is about to deploy and never writes to it: the synthesized
// object (deep-frozen here, so any write throws) and its file are the same after review.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../src/config';
import { review } from '../../src/review';
import { synthesize } from '../../src/synth';

const root = join(__dirname, '../..');
const scratch = mkdtempSync(join(tmpdir(), 'review-read-only-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value as Record<string, unknown>)) deepFreeze(child);
  }
  return value;
}

describe.each(['seed-example', 'rest-api'])('review of examples/%s', (example) => {
  it('leaves the synthesized template, object and file, byte-identical', async () => {
    const loaded = await loadConfig(`examples/${example}/serverless.config.yml`, { cwd: root });
    const stack = await synthesize(loaded, { outDir: join(scratch, example) });
    const objectBefore = JSON.stringify(stack.template);
    const fileBefore = readFileSync(stack.templateFile);
    deepFreeze(stack.template);
    const result = await review(stack, { today: '2026-11-28' });
    // The packs ran on their copy: a write to the frozen original would have thrown inside
    // them and turned into this warning instead of findings.
    expect(result.warnings ?? []).not.toEqual(
      expect.arrayContaining([expect.stringContaining('cdk-nag could not check')]),
    );
    expect(JSON.stringify(stack.template)).toBe(objectBefore);
    expect(readFileSync(stack.templateFile).equals(fileBefore)).toBe(true);
  }, 120_000);
});
