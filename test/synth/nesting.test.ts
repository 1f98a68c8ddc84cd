// A stack past 500 resources: its functions spread over nested stacks by a hash of their keys
// (src/synth/nesting.ts), tables, the API and shared sources kept in the parent.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../src/config';
import { minimumResources } from '../../src/config/checks/stack-size';
import { synthesize } from '../../src/synth';
import { FUNCTION_GROUPS, functionGroupOf, pathGroupOf } from '../../src/synth/function-groups';
import { checkTemplateLimits } from '../../src/synth/limits';
import { templatesOf } from '../../src/synth/templates';
import {
  MAX_STACK_RESOURCES,
  MAX_TEMPLATE_OUTPUTS,
  MAX_TEMPLATE_PARAMETERS,
  type CfnTemplate,
  type SynthesizedStack,
} from '../../src/synth/types';
import { writeNestedProject, type NestedProjectOptions } from '../fixtures/synth/nested';

const scratch = mkdtempSync(join(tmpdir(), 'synth-nesting-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

let runs = 0;
async function synthProject(options: NestedProjectOptions): Promise<SynthesizedStack> {
  const dir = join(scratch, String(runs++));
  const loaded = await loadConfig(writeNestedProject(dir, options));
  return synthesize(loaded, { outDir: join(dir, 'cdk.out') });
}

/** logical id -> the nested stack holding it ('parent' for the parent), over every template. */
function placement(stack: SynthesizedStack): Map<string, string> {
  const out = new Map<string, string>();
  for (const { nestedStack, template } of templatesOf(stack)) {
    for (const id of Object.keys(template.Resources)) out.set(id, nestedStack ?? 'parent');
  }
  return out;
}

function idsOfType(template: CfnTemplate, type: string): string[] {
  return Object.entries(template.Resources)
    .filter(([, r]) => r.Type === type)
    .map(([id]) => id);
}

/** The `lambda_config` keys whose functions a template holds. */
function functionKeys(template: CfnTemplate): Set<string> {
  return new Set(
    Object.values(template.Resources)
      .filter((r) => r.Type === 'AWS::Lambda::Function')
      .map((r) => (r.Metadata?.['serverless-action:origin'] as { key: string }).key),
  );
}

describe('functionGroupOf', () => {
  it('puts a key in one of the groups, always the same one, whatever else exists', () => {
    const groups = Array.from({ length: 1000 }, (_, i) => functionGroupOf(`fn-${i}`));
    expect(new Set(groups).size).toBe(FUNCTION_GROUPS);
    expect(groups.every((g) => /^Functions\d{2}$/.test(g))).toBe(true);
    expect(functionGroupOf('fn-7')).toBe(groups[7]);
    // 1,000 functions: about 16 a group, the fullest 25, all under 500 resources at 11 each.
    const perGroup = new Map<string, number>();
    for (const g of groups) perGroup.set(g, (perGroup.get(g) ?? 0) + 1);
    expect(Math.max(...perGroup.values()) * 11).toBeLessThan(MAX_STACK_RESOURCES);
  });
});

describe('a 60-function project, and the same with a 61st function', () => {
  let sixty: SynthesizedStack;
  let sixtyOne: SynthesizedStack;
  beforeAll(async () => {
    sixty = await synthProject({ functions: 60, cors: true });
    sixtyOne = await synthProject({ functions: 61, cors: true });
  }, 120_000);

  it('spreads the functions over nested stacks, each in its key’s group', () => {
    const nested = sixty.nested ?? [];
    expect(nested.length).toBeGreaterThan(30);
    for (const { logicalId, template } of nested) {
      for (const key of functionKeys(template)) {
        expect(logicalId.startsWith(`${functionGroupOf(key)}NestedStack`)).toBe(true);
      }
    }
    const all = nested.flatMap((n) => [...functionKeys(n.template)]);
    expect(all.sort()).toEqual(Array.from({ length: 60 }, (_, i) => `f${i}`).sort());
  });

  it('moves no other function’s resource, nor changes its logical id, when a function is added', () => {
    const before = placement(sixty);
    const after = placement(sixtyOne);
    const moved = [...before]
      .filter(([id, where]) => after.get(id) !== where)
      .map(([id]) => sixty.template.Resources[id]?.Type ?? id);
    // Only the API's deployment: its logical id carries a hash of the routes, by design.
    expect(moved).toEqual(['AWS::ApiGateway::Deployment']);
    const added = [...after.keys()].filter((id) => !before.has(id));
    expect(
      added.filter((id) => !/^(F60|T60|ApiDeployment|PathItemsF60|CorsItemsF60)/.test(id)),
    ).toEqual([]);
  });

  it('keeps the tables, the API and the shared sources in the parent', () => {
    const parent = sixty.template;
    expect(idsOfType(parent, 'AWS::DynamoDB::Table')).toHaveLength(6);
    for (const type of [
      'AWS::ApiGateway::RestApi',
      'AWS::ApiGateway::Stage',
      'AWS::ApiGateway::Deployment',
      'AWS::SQS::Queue',
      'AWS::SNS::Topic',
    ]) {
      expect([type, idsOfType(parent, type).length > 0]).toEqual([type, true]);
      for (const n of sixty.nested ?? []) expect(idsOfType(n.template, type)).toEqual([]);
    }
    expect(idsOfType(parent, 'AWS::Lambda::Function')).toEqual([]);
    // The parent is tables, API, sources and one resource per nested stack: far from 500.
    expect(Object.keys(parent.Resources).length).toBeLessThan(120);
  });

  it('keeps every template within CloudFormation’s parameters and outputs', () => {
    for (const { template } of templatesOf(sixty)) {
      expect(Object.keys(template.Parameters ?? {}).length).toBeLessThanOrEqual(
        MAX_TEMPLATE_PARAMETERS,
      );
      expect(Object.keys(template.Outputs ?? {}).length).toBeLessThanOrEqual(MAX_TEMPLATE_OUTPUTS);
    }
    // What crosses into a nested stack is a parameter: the table a function reads, the API.
    const f0 = (sixty.nested ?? []).find((n) => functionKeys(n.template).has('f0'))!;
    expect(Object.keys(f0.template.Parameters ?? {}).join(' ')).toMatch(/T0Table.*Arn/);
  });

  it('puts each REST path in the Paths stack of its first segment: never in the parent, never moved', () => {
    const paths = (t: CfnTemplate) =>
      idsOfType(t, 'AWS::ApiGateway::Resource').map(
        (id) => t.Resources[id]!.Properties!['PathPart'] as string,
      );
    expect(paths(sixty.template)).toEqual([]);
    const groups = new Map<string, string[]>();
    for (const nested of sixty.nested ?? []) {
      const group = sixty.origins[nested.logicalId]?.key ?? nested.logicalId;
      for (const part of paths(nested.template))
        groups.set(part, [...(groups.get(part) ?? []), group]);
    }
    // `/items` and `/items/f2` share the stack of `items`; `/f3` and `/f3/{id}` that of `f3`.
    expect(groups.get('items')).toEqual([pathGroupOf('/items')]);
    expect(groups.get('f2')).toEqual([pathGroupOf('/items')]);
    expect(groups.get('f3')).toEqual([pathGroupOf('/f3')]);
    expect(groups.get('{id}')).toContain(pathGroupOf('/f3'));
    for (const where of groups.values())
      for (const group of where) expect(group).toMatch(/^Paths\d\d$/);
  });

  it('puts each CORS preflight beside the path it answers', () => {
    let preflights = 0;
    for (const { template } of templatesOf(sixty)) {
      for (const resource of Object.values(template.Resources)) {
        if (resource.Type !== 'AWS::ApiGateway::Method') continue;
        if (resource.Properties?.['HttpMethod'] !== 'OPTIONS') continue;
        preflights++;
        const ref = (resource.Properties['ResourceId'] as { Ref?: string }).Ref;
        // A Ref to a resource of the same template, not a parameter from the parent.
        expect(template.Resources[ref ?? '']?.Type).toBe('AWS::ApiGateway::Resource');
      }
    }
    // One per path with routes: 30 `/items/fN` and 30 `/fN/{id}`.
    expect(preflights).toBe(60);
  });

  it('counts the resources of every template', () => {
    const sum = templatesOf(sixty).reduce(
      (n, t) => n + Object.keys(t.template.Resources).length,
      0,
    );
    expect(sixty.resourceCount).toBe(sum);
    expect(sixty.resourceCount).toBeGreaterThan(Object.keys(sixty.template.Resources).length * 5);
  });
});

describe('a config near the limit', () => {
  it('stays one stack while it fits', async () => {
    const stack = await synthProject({ functions: 40 });
    expect(stack.nested).toEqual([]);
    expect(stack.resourceCount).toBeLessThanOrEqual(MAX_STACK_RESOURCES);
    expect(stack.resourceCount).toBeGreaterThan(MAX_STACK_RESOURCES - 20);
  });

  it('is built flat, found too big and built again nested when it does not', async () => {
    const dir = join(scratch, 'near');
    const loaded = await loadConfig(writeNestedProject(dir, { functions: 42 }));
    // Validation's lower bound says it fits: synth counts the flat build and nests it.
    expect(minimumResources(loaded.config)).toBeLessThanOrEqual(MAX_STACK_RESOURCES);
    const stack = await synthesize(loaded, { outDir: join(dir, 'cdk.out') });
    expect(stack.nested?.length).toBeGreaterThan(0);
    expect(stack.resourceCount).toBeGreaterThan(MAX_STACK_RESOURCES);
    for (const { template } of templatesOf(stack)) {
      expect(Object.keys(template.Resources).length).toBeLessThanOrEqual(MAX_STACK_RESOURCES);
    }
  });
});

describe('function versions in nested stacks', () => {
  const versions = (stack: SynthesizedStack): Map<string, string> =>
    new Map(
      templatesOf(stack).flatMap(({ template }) =>
        Object.entries(template.Resources)
          .filter(([, r]) => r.Type === 'AWS::Lambda::Version')
          .map(([id, r]) => [
            (r.Metadata?.['serverless-action:origin'] as { key: string }).key,
            id,
          ]),
      ),
    );

  it('keeps a version’s logical id across synths, and moves only the versions of a changed layer’s functions', async () => {
    const first = versions(await synthProject({ functions: 42, layerContent: 'a' }));
    const again = versions(await synthProject({ functions: 42, layerContent: 'a' }));
    const changed = versions(await synthProject({ functions: 42, layerContent: 'b' }));
    expect(first.size).toBe(42);
    expect(again).toEqual(first);
    const moved = [...first].filter(([key, id]) => changed.get(key) !== id).map(([key]) => key);
    // f3 and f4 use the layer (in two nested stacks); no other function changed.
    expect(moved.sort()).toEqual(['f3', 'f4']);
    expect(functionGroupOf('f3')).not.toBe(functionGroupOf('f4'));
  }, 120_000);
});

describe('checkTemplateLimits', () => {
  const withParameters = (n: number): CfnTemplate => ({
    Resources: {},
    Parameters: Object.fromEntries(Array.from({ length: n }, (_, i) => [`p${i}`, {}])),
  });

  it('lets 200 parameters through and refuses 201, naming the nested stack', () => {
    expect(() => checkTemplateLimits('Functions07', withParameters(200))).not.toThrow();
    expect(() => checkTemplateLimits('Functions07', withParameters(201))).toThrow(
      /Functions07 would have 201 parameters; CloudFormation allows 200/,
    );
  });
});
