// The checks `deploy --plan` makes without AWS: the stack as planned against, and the files.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Stack } from '@aws-sdk/client-cloudformation';
import { commitFromDescription, digestFromDescription, withDigest } from '../../src/deploy/digest';
import { knownPlan } from '../../src/deploy/outcome';
import {
  PlanNotExecutableError,
  plannedAgainst,
  readPlanDir,
  sha256,
  writePlanDir,
} from '../../src/deploy/plan-dir';
import { stackProblems } from '../../src/deploy/run-apply';
import { loadDeployInputs } from '../../src/deploy/run-plan';
import { F21, F36, nestedDeployable } from './nested-fakes';

const D = 'd'.repeat(64);
const stack = (over: Partial<Stack> = {}): Stack => ({
  StackName: 'app-prod',
  StackId: 'arn:aws:cloudformation:us-east-1:123456789012:stack/app-prod/1',
  StackStatus: 'UPDATE_COMPLETE',
  CreationTime: new Date('2026-11-01T00:00:00Z'),
  LastUpdatedTime: new Date('2026-11-20T00:00:00Z'),
  Description: `app (serverless-action digest ${D})`,
  ...over,
});

describe('stackProblems', () => {
  it('accepts the stack exactly as planned against', () => {
    expect(stackProblems(plannedAgainst(stack()), stack())).toEqual([]);
    expect(stackProblems(null, undefined)).toEqual([]);
  });

  it('names what moved: an update, a deletion, a re-creation, a create in between', () => {
    const planned = plannedAgainst(stack());
    expect(
      stackProblems(planned, stack({ LastUpdatedTime: new Date('2026-11-21T00:00:00Z') })),
    ).toEqual([expect.stringContaining('the stack changed after the plan')]);
    expect(stackProblems(planned, undefined)).toEqual([
      expect.stringContaining('was deleted after the plan'),
    ]);
    expect(stackProblems(planned, stack({ StackId: 'other' }))).toEqual([
      'the stack was deleted and created again after the plan',
    ]);
    expect(stackProblems(null, stack())).toEqual([
      'the stack was created after the plan (now UPDATE_COMPLETE)',
    ]);
    expect(stackProblems(planned, stack({ StackStatus: 'UPDATE_IN_PROGRESS' }))).toEqual([
      'the stack is UPDATE_IN_PROGRESS now, it was UPDATE_COMPLETE when planned',
    ]);
  });
});

describe('the commit beside the digest', () => {
  it('round-trips, and does not change the digest read back', () => {
    const template = withDigest({ Resources: {} }, D, undefined, 'abc1234');
    expect(commitFromDescription(template.Description)).toBe('abc1234');
    expect(digestFromDescription(template.Description)).toBe(D);
    expect(commitFromDescription(withDigest({ Resources: {} }, D).Description)).toBeUndefined();
  });
});

describe('readPlanDir', () => {
  const dir = mkdtempSync(join(tmpdir(), 'plan-dir-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const write = (plan: object) => writeFileSync(join(dir, 'plan.json'), JSON.stringify(plan));
  const base = {
    version: 1,
    stackName: 'app-prod',
    hasChanges: true,
    changes: [],
    changeSetId: 'arn:cs',
    template: { file: 'template.json', sha256: sha256('{}') },
    assets: [],
  };

  it('reads a plan whose files match their hashes', async () => {
    writeFileSync(join(dir, 'template.json'), '{}');
    write(base);
    const loaded = await readPlanDir(dir);
    expect(loaded.templateBody).toBe('{}');
  });

  it('refuses another version, a file outside the directory, a changed template', async () => {
    write({ ...base, version: 2 });
    await expect(readPlanDir(dir)).rejects.toThrow(/has version 2/);
    write({ ...base, template: { file: '../etc/passwd', sha256: 'x' } });
    await expect(readPlanDir(dir)).rejects.toThrow(/outside the plan directory/);
    write(base);
    writeFileSync(join(dir, 'template.json'), '{"changed":true}');
    const error = await readPlanDir(dir).catch((e: unknown) => e);
    expect((error as Error).message).toContain('template.json does not match its sha256');
    expect(knownPlan(error)).toMatchObject({ stackName: 'app-prod', changeSetId: 'arn:cs' });
  });
});

describe('a plan of a stack with nested stacks', () => {
  it('carries each nested template with its stack and its hash, and refuses one changed since', async () => {
    const stack = nestedDeployable();
    const inputs = await loadDeployInputs(stack);
    const dir = mkdtempSync(join(tmpdir(), 'plan-nested-'));
    try {
      const plan = await writePlanDir(dir, {
        stackName: 'big-dev',
        environment: 'dev',
        region: 'us-east-1',
        account: '123456789012',
        inputs,
        result: { stackName: 'big-dev', hasChanges: true, changeSetId: 'arn:cs', changes: [] },
        stackAfterPlan: undefined,
        review: { cost: {} as never, findings: [] },
        comment: '',
        createdAt: new Date('2026-12-02T00:00:00Z'),
      });
      expect(plan.assets.map((a) => [a.file, a.nestedStack])).toEqual([
        ['assets/a36.json', F36],
        ['assets/a21.json', F21],
      ]);
      const loaded = await readPlanDir(dir);
      expect(loaded.nested.map((n) => n.logicalId)).toEqual([F36, F21]);
      expect(loaded.nested[0]!.template).toEqual(stack.nested![0]!.template);
      // Uploaded as they are: the nested templates are among the assets to publish.
      expect(loaded.assets.map((a) => a.objectKey)).toEqual(['assets/a36.json', 'assets/a21.json']);

      writeFileSync(join(dir, 'assets/a21.json'), '{"Resources":{}}');
      const error = await readPlanDir(dir).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(PlanNotExecutableError);
      expect((error as Error).message).toContain('assets/a21.json does not match its sha256');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
