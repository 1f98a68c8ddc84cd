// Two previews and production side by side in one account and region: every example,
// synthesized for pr-12, pr-13 and prod, sets physical names that are pairwise disjoint,
// and every name it sets includes its stage.
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../src/config';
import { synthesize } from '../../src/synth';
import type { CfnTemplate } from '../../src/synth/types';

const EXAMPLES = join(__dirname, '..', '..', 'examples');
const STAGES = ['pr-12', 'pr-13', 'prod'] as const;
const TODAY = '2026-11-28';

/**
 * Properties ending in "Name" that are no account-wide name: they are scoped inside another
 * resource (an API's stage, a role's inline policy, a scaling policy of one target) or name
 * something that is not a resource (a metric).
 */
const NOT_PHYSICAL = new Set([
  'StageName',
  'PolicyName',
  'AttributeName',
  'IndexName',
  'MetricName',
  // AWS's predefined CodeDeploy config (CodeDeployDefault.Lambda...), shared by every account.
  'DeploymentConfigName',
]);

/** Resources whose name is scoped inside their API (or function), not the account. */
const SCOPED_TYPES = new Set([
  'AWS::ApiGateway::RequestValidator',
  'AWS::ApiGateway::Model',
  'AWS::ApiGateway::Authorizer',
  'AWS::ApiGatewayV2::Authorizer',
  // Every function's `live` alias: its ARN is the function's plus `:live`.
  'AWS::Lambda::Alias',
]);

/** A custom domain is the user's own name (production's only: previews get none). */
const USER_CHOSEN = new Set(['AWS::ApiGateway::DomainName', 'AWS::ApiGatewayV2::DomainName']);

interface PhysicalName {
  readonly type: string;
  readonly name: string;
  readonly where: string;
}

/** Every physical name the template sets, with its resource type. */
function physicalNames(template: CfnTemplate): PhysicalName[] {
  const names: PhysicalName[] = [];
  for (const [id, resource] of Object.entries(template.Resources)) {
    if (SCOPED_TYPES.has(resource.Type)) continue;
    const properties = resource.Properties ?? {};
    const candidates: [string, unknown][] = Object.entries(properties);
    // Budgets nest theirs one level down.
    const budget = properties['Budget'] as Record<string, unknown> | undefined;
    if (budget !== undefined) candidates.push(['BudgetName', budget['BudgetName']]);
    for (const [property, value] of candidates) {
      if (!/Name$/.test(property) || NOT_PHYSICAL.has(property)) continue;
      const literal = literalOf(value);
      if (literal !== undefined) {
        names.push({ type: resource.Type, name: literal, where: `${id}.${property}` });
      }
    }
  }
  return names;
}

/** A string, or the literal text of a Fn::Join / Fn::Sub; references are not names we set. */
function literalOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value !== 'object' || value === null) return undefined;
  const join = (value as Record<string, unknown>)['Fn::Join'];
  if (Array.isArray(join)) {
    const parts = join[1] as unknown[];
    return parts.map((p) => (typeof p === 'string' ? p : '${ref}')).join(join[0] as string);
  }
  const sub = (value as Record<string, unknown>)['Fn::Sub'];
  if (typeof sub === 'string') return sub;
  return undefined;
}

const examples = readdirSync(EXAMPLES).filter((name) =>
  existsSync(join(EXAMPLES, name, 'serverless.config.yml')),
);

describe.each(examples)('examples/%s side by side', (name) => {
  const out = mkdtempSync(join(tmpdir(), `isolation-${name}-`));
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('sets disjoint physical names for pr-12, pr-13 and prod, each with its stage', async () => {
    const byStage = new Map<string, string[]>();
    for (const stage of STAGES) {
      const loaded = await loadConfig(join(EXAMPLES, name, 'serverless.config.yml'), {
        environment: stage,
        today: TODAY,
      });
      const stack = await synthesize(loaded, { outDir: join(out, stage) });
      const names = physicalNames(stack.template);
      expect(names.length).toBeGreaterThan(0);
      // Each name carries the stage (a hash of it where the name had to be shortened).
      const missing = names.filter((n) => !USER_CHOSEN.has(n.type) && !n.name.includes(stage));
      expect({ stage, missing }).toEqual({ stage, missing: [] });
      byStage.set(
        stage,
        names.map((n) => `${n.type} ${n.name}`),
      );
    }
    const all = [...byStage.values()].flat();
    const shared = all.filter((n, i) => all.indexOf(n) !== i);
    expect(shared).toEqual([]);
  });
});
