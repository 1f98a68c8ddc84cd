// The review of a stack split into nested stacks equals the review of the same config built
// as one stack: the same cost lines and the same findings, the nested functions counted.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../src/config';
import { review } from '../../src/review';
import { stackGraph } from '../../src/review/graph';
import { rolloutOf } from '../../src/review/rollout';
import type { CostItem, Finding, ReviewResult } from '../../src/review/types';
import { wholeTemplate } from '../../src/review/whole-template';
import { synthesize } from '../../src/synth';
import type { SynthesizedStack } from '../../src/synth/types';
import { writeNestedProject } from '../fixtures/synth/nested';
import { deepFreeze } from '../support/deep-freeze';
import { synthesizeFlat } from '../support/synth-flat';

const FUNCTIONS = 60;
const TODAY = '2026-11-28';
const scratch = mkdtempSync(join(tmpdir(), 'review-nested-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

let nested: SynthesizedStack;
let flat: SynthesizedStack;
let nestedReview: ReviewResult;
let flatReview: ReviewResult;

beforeAll(async () => {
  const file = writeNestedProject(join(scratch, 'project'), { functions: FUNCTIONS, usage: true });
  const loaded = await loadConfig(file);
  nested = await synthesize(loaded, { outDir: join(scratch, 'nested') });
  flat = await synthesizeFlat(loaded, join(scratch, 'flat'));
  // Frozen: a review that wrote into a template it reads would throw here.
  deepFreeze(nested.template);
  deepFreeze(nested.nested);
  nestedReview = await review(nested, { today: TODAY });
  flatReview = await review(flat, { today: TODAY });
}, 120_000);

const costLine = (i: CostItem): string =>
  `${i.service}|${i.resource}|${i.description}|${i.monthlyUsd}`;
const findingLine = (f: Finding): string =>
  `${f.rule}|${f.severity}|${f.resource}|${f.message}|${f.suppressed?.reason ?? ''}`;

describe('review of a stack split into nested stacks', () => {
  it('reviews a nested stack (the fixture is one) and a flat one', () => {
    expect(nested.nested?.length).toBeGreaterThan(1);
    expect(flat.nested).toEqual([]);
    expect(flat.resourceCount).toBeGreaterThan(500);
  });

  it('costs what the same functions cost in one stack, each function counted', () => {
    expect(nestedReview.cost.items.map(costLine).sort()).toEqual(
      flatReview.cost.items.map(costLine).sort(),
    );
    expect(nestedReview.cost.monthlyUsd).toBe(flatReview.cost.monthlyUsd);
    // Every function's requests and duration are priced, though no function is in the parent.
    const lambda = nestedReview.cost.items.filter((i) => i.service === 'AWS Lambda');
    expect(new Set(lambda.map((i) => i.resource)).size).toBe(FUNCTIONS);
    expect(lambda.every((i) => i.monthlyUsd !== null && i.monthlyUsd > 0)).toBe(true);
    expect(Object.values(nested.template.Resources).map((r) => r.Type)).not.toContain(
      'AWS::Lambda::Function',
    );
  });

  it('finds what it finds in one stack, rule by rule and resource by resource', () => {
    expect(nestedReview.findings.map(findingLine).sort()).toEqual(
      flatReview.findings.map(findingLine).sort(),
    );
    expect(nestedReview.warnings).toEqual(flatReview.warnings);
    // Our rules reach the nested routes (their methods live with their functions)...
    const noAuth = nestedReview.findings.filter((f) => f.rule === 'SA-ROUTE-NO-AUTH');
    expect(noAuth).toHaveLength(FUNCTIONS);
  });

  it('has cdk-nag check the resources inside the nested stacks', () => {
    const nestedIds = new Set(
      (nested.nested ?? []).flatMap((n) => Object.keys(n.template.Resources)),
    );
    const tracing = nestedReview.findings.filter((f) => f.rule === 'Serverless-LambdaTracing');
    expect(tracing).toHaveLength(FUNCTIONS);
    expect(tracing.every((f) => f.logicalId !== undefined && nestedIds.has(f.logicalId))).toBe(
      true,
    );
  });

  it('draws every function and lists every rollout', () => {
    const whole = wholeTemplate(nested);
    const functions = stackGraph(whole, nested.origins).nodes.filter((n) => n.kind === 'function');
    expect(functions).toHaveLength(FUNCTIONS);
    expect(rolloutOf(whole, nested.origins)).toHaveLength(FUNCTIONS);
    // The table a nested function reads is drawn as its arrow, across the boundary.
    expect(stackGraph(whole, nested.origins).edges).toContainEqual({
      from: 'F0Function',
      to: 'T0Table',
    });
  });
});
