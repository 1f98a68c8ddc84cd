// examples/oidc-role/template.yml: cfn-lint clean, the trust policy lets in exactly one
// repository's environment (plus its pull requests when asked), nothing broader; roles are
// created only with the permissions boundary; the plan role cannot apply anything; and the
// deploy role allows every action CloudFormation needs for every resource type any example
// or test config synthesizes (examples/oidc-role/cloudformation-permissions.json).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parse, type ScalarTag, type CollectionTag } from 'yaml';
import { loadConfig } from '../../src/config';
import { synthesize } from '../../src/synth';
import { isPattern } from '../../src/config/environment-patterns';

const ROOT = join(__dirname, '..', '..');
const TEMPLATE = join(ROOT, 'examples', 'oidc-role', 'template.yml');
const TABLE = join(ROOT, 'examples', 'oidc-role', 'cloudformation-permissions.json');

// CloudFormation's short-form intrinsics, read as their long form ({ "Fn::Sub": ... }).
const INTRINSICS = ['Sub', 'If', 'Equals', 'GetAtt', 'Join', 'Select', 'Split'];
const tags: (ScalarTag | CollectionTag)[] = [
  { tag: '!Ref', resolve: (value: string) => ({ Ref: value }) },
  ...INTRINSICS.flatMap((name) => [
    { tag: `!${name}`, resolve: (value: unknown) => ({ [`Fn::${name}`]: value }) },
    {
      tag: `!${name}`,
      collection: 'seq',
      resolve: (value: { toJSON(): unknown }) => ({ [`Fn::${name}`]: value.toJSON() }),
    } as unknown as CollectionTag,
  ]),
];

interface Statement {
  Sid?: string;
  Effect: string;
  Action: string | string[];
  Resource?: unknown;
  Condition?: Record<string, Record<string, unknown>>;
}
interface PolicyDocument {
  Statement: Statement[];
}
interface RoleProperties {
  AssumeRolePolicyDocument: PolicyDocument;
  Policies: { PolicyName: string; PolicyDocument: PolicyDocument }[];
  PolicyDocument: PolicyDocument;
}
interface Template {
  Parameters: Record<string, { Default?: string; AllowedValues?: string[] }>;
  Resources: Record<string, { Type: string; Condition?: string; Properties: RoleProperties }>;
}

const template = parse(readFileSync(TEMPLATE, 'utf8'), { customTags: tags }) as Template;
const role = template.Resources['DeployRole']!.Properties;
const trust = role.AssumeRolePolicyDocument.Statement;
const permissions = role.Policies[0]!.PolicyDocument.Statement;
const planRole = template.Resources['PlanRole']!.Properties;
const planPermissions = planRole.Policies[0]!.PolicyDocument.Statement;
const BOUNDARY_ARN = {
  'Fn::Sub': 'arn:${AWS::Partition}:iam::${AWS::AccountId}:policy/${PermissionsBoundaryName}',
};

const actionsOf = (statement: Statement): string[] => [statement.Action].flat();
/** IAM's action matching: case-insensitive, `*` and `?` wildcards. */
function matches(pattern: string, action: string): boolean {
  const regex = pattern
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '.');
  return new RegExp(`^${regex}$`, 'i').test(action);
}
/** The Allow statements of a policy that grant `action` (on some resource). */
function allowing(statements: readonly Statement[], action: string): Statement[] {
  return statements.filter(
    (s) => s.Effect === 'Allow' && actionsOf(s).some((pattern) => matches(pattern, action)),
  );
}

describe('examples/oidc-role/template.yml', () => {
  it('passes cfn-lint', () => {
    // cfn-lint exits non-zero on any error or warning and prints them; show them on failure.
    let output = '';
    try {
      execFileSync('cfn-lint', [TEMPLATE], { encoding: 'utf8', stdio: 'pipe' });
    } catch (error) {
      output = String((error as { stdout?: string }).stdout ?? error);
    }
    expect(output).toBe('');
  });

  it('takes the repository, the environment and the project as parameters', () => {
    expect(Object.keys(template.Parameters)).toEqual(
      expect.arrayContaining([
        'GitHubOrg',
        'RepositoryName',
        'EnvironmentName',
        'AllowPullRequests',
        'ProjectName',
      ]),
    );
    // Pull requests are trusted only when asked for.
    expect(template.Parameters['AllowPullRequests']!.Default).toBe('false');
  });

  it('trusts exactly the environment sub, and the pull_request sub only conditionally', () => {
    expect(trust).toHaveLength(1);
    const statement = trust[0]!;
    expect(statement.Action).toBe('sts:AssumeRoleWithWebIdentity');
    // StringEquals, not StringLike: no wildcard can widen the trust.
    expect(Object.keys(statement.Condition!)).toEqual(['StringEquals']);
    const equals = statement.Condition!['StringEquals']!;
    expect(equals['token.actions.githubusercontent.com:aud']).toBe('sts.amazonaws.com');
    expect(equals['token.actions.githubusercontent.com:sub']).toEqual([
      { 'Fn::Sub': 'repo:${GitHubOrg}/${RepositoryName}:environment:${EnvironmentName}' },
      {
        'Fn::If': [
          'TrustPullRequests',
          { 'Fn::Sub': 'repo:${GitHubOrg}/${RepositoryName}:pull_request' },
          { Ref: 'AWS::NoValue' },
        ],
      },
    ]);
  });

  it("scopes CloudFormation writes to the project's stacks of the allowed stages", () => {
    const stacks = permissions.find((s) => s.Sid === 'CloudFormationOwnStacks')!;
    expect(stacks.Resource).toEqual({
      'Fn::Sub':
        'arn:${AWS::Partition}:cloudformation:${AWS::Region}:${AWS::AccountId}:stack/${ProjectName}-${StageFilter}/*',
    });
    expect(stacks.Action).toEqual(
      expect.arrayContaining(['cloudformation:CreateChangeSet', 'cloudformation:DeleteStack']),
    );
    // Statements on '*' hold only reads and lookups, never a write to a stack.
    for (const statement of permissions.filter((s) => s.Resource === '*')) {
      const actions = [statement.Action].flat();
      expect(
        actions.filter((a) => /^cloudformation:(Create|Execute|Delete|Update)/.test(a)),
      ).toEqual([]);
    }
  });

  it('lets the role pass only the roles its stacks create, and only to their services', () => {
    const pass = permissions.find((s) => s.Sid === 'PassStackRoles')!;
    expect(pass.Action).toBe('iam:PassRole');
    expect(pass.Resource).toEqual({
      'Fn::Sub':
        'arn:${AWS::Partition}:iam::${AWS::AccountId}:role/${ProjectName}-${StageFilter}-*',
    });
    expect(pass.Condition!['StringEquals']!['iam:PassedToService']).toEqual(
      expect.arrayContaining(['lambda.amazonaws.com']),
    );
  });

  it('never grants a service-wide wildcard action', () => {
    for (const statement of permissions) {
      for (const action of [statement.Action].flat()) expect(action).not.toMatch(/:\*$|^\*$/);
    }
  });

  it('may create a role, or change what one may do, only with the permissions boundary on it', () => {
    const escalating = [
      'iam:CreateRole',
      'iam:PutRolePolicy',
      'iam:AttachRolePolicy',
      'iam:DetachRolePolicy',
      'iam:DeleteRolePolicy',
      'iam:PutRolePermissionsBoundary',
    ];
    for (const action of escalating) {
      const grants = allowing(permissions, action);
      expect({ action, grants: grants.length }).toEqual({ action, grants: 1 });
      expect(grants[0]!.Condition).toEqual({
        StringEquals: { 'iam:PermissionsBoundary': BOUNDARY_ARN },
      });
    }
    // Whatever else is attached to the role: no role without the boundary, no lifting it.
    const denyWithout = permissions.find((s) => s.Sid === 'DenyRolesWithoutBoundary')!;
    expect(denyWithout.Effect).toBe('Deny');
    expect(denyWithout.Condition).toEqual({
      StringNotEquals: { 'iam:PermissionsBoundary': BOUNDARY_ARN },
    });
    const escape = permissions.find((s) => s.Sid === 'DenyBoundaryEscape')!;
    expect(escape.Effect).toBe('Deny');
    expect(actionsOf(escape)).toEqual(
      expect.arrayContaining(['iam:DeleteRolePermissionsBoundary', 'iam:CreatePolicyVersion']),
    );
    expect(allowing(permissions, 'iam:DeleteRolePermissionsBoundary')).toEqual([]);
    // The boundary itself grants no IAM at all, and denies it outright.
    const boundary = template.Resources['PermissionsBoundary']!.Properties.PolicyDocument.Statement;
    expect(allowing(boundary, 'iam:CreateRole')).toEqual([]);
    expect(boundary.find((s) => s.Effect === 'Deny')!.Action).toEqual(
      expect.arrayContaining(['iam:*']),
    );
  });

  it('has a separate plan role that trusts pull requests and the plan environment, and cannot apply', () => {
    expect(template.Resources['PlanRole']!.Condition).toBe('CreatePlan');
    const trustOfPlan = planRole.AssumeRolePolicyDocument.Statement[0]!;
    expect(Object.keys(trustOfPlan.Condition!)).toEqual(['StringEquals']);
    expect(
      trustOfPlan.Condition!['StringEquals']!['token.actions.githubusercontent.com:sub'],
    ).toEqual([
      { 'Fn::Sub': 'repo:${GitHubOrg}/${RepositoryName}:environment:${PlanEnvironmentName}' },
      { 'Fn::Sub': 'repo:${GitHubOrg}/${RepositoryName}:pull_request' },
    ]);
    // Reads, change sets and artifact uploads only: nothing that changes a resource.
    const allowed = planPermissions.filter((s) => s.Effect === 'Allow').flatMap(actionsOf);
    // Drift detection (plan --detect-drift) starts a comparison and reads each resource with
    // the caller's credentials: DetectStackDrift and other services' Get/List/Describe.
    const writes = allowed.filter(
      (a) =>
        !/^cloudformation:(Describe|Get|List|Validate|CreateChangeSet$|DeleteChangeSet$|DetectStackDrift$)/.test(
          a,
        ) &&
        !/^s3:(Get|List|PutObject$)/.test(a) &&
        !/^(?!s3:|cloudformation:)[a-z0-9-]+:(Get|List|Describe)[A-Za-z]*$/.test(a) &&
        a !== 'apigateway:GET',
    );
    expect(writes).toEqual([]);
    const denied = planPermissions.filter((s) => s.Effect === 'Deny').flatMap(actionsOf);
    expect(denied).toEqual(
      expect.arrayContaining(['cloudformation:ExecuteChangeSet', 'cloudformation:DeleteStack']),
    );
  });
});

interface HandlerPermissions {
  readonly docs: string;
  readonly create: readonly string[];
  readonly read: readonly string[];
  readonly update: readonly string[];
  readonly delete: readonly string[];
  readonly notNeeded: Readonly<Record<string, string>>;
}
const table = JSON.parse(readFileSync(TABLE, 'utf8')) as {
  types: Record<string, HandlerPermissions>;
};

/** Every config an example or a test fixture holds: YAML files with a `project_name`. */
function allConfigs(): string[] {
  const found: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (name === 'node_modules' || name === 'cdk.out') continue;
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.ya?ml$/.test(name) && /^project_name:/m.test(readFileSync(path, 'utf8')))
        found.push(path);
    }
  };
  walk(join(ROOT, 'examples'));
  walk(join(ROOT, 'test', 'fixtures'));
  return found.sort();
}

describe('the deploy role covers what CloudFormation needs', () => {
  const out = mkdtempSync(join(tmpdir(), 'oidc-coverage-'));
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('cites the CloudFormation docs for every type, and "notNeeded" only names listed actions', () => {
    for (const [type, entry] of Object.entries(table.types)) {
      expect({ type, docs: entry.docs }).toEqual({
        type,
        docs: expect.stringMatching(/^https:\/\/docs\.aws\.amazon\.com\/AWSCloudFormation\//),
      });
      const listed = new Set([...entry.create, ...entry.read, ...entry.update, ...entry.delete]);
      for (const [action, reason] of Object.entries(entry.notNeeded)) {
        expect({ type, action, listed: listed.has(action) }).toEqual({
          type,
          action,
          listed: true,
        });
        expect(reason.length).toBeGreaterThan(10);
      }
    }
  });

  it('for every resource type any example or test config synthesizes', async () => {
    const configs = allConfigs();
    expect(configs.length).toBeGreaterThanOrEqual(10);
    const typesSeen = new Map<string, string>();
    for (const [index, file] of configs.entries()) {
      // The default stage and every environment the file overrides (prod may add types).
      const written = parse(readFileSync(file, 'utf8')) as { environments?: object };
      const exact = Object.keys(written.environments ?? {}).filter((key) => !isPattern(key));
      // A pattern (`pr-*`) names no stage of its own.
      for (const environment of [undefined, ...exact]) {
        const loaded = await loadConfig(file, {
          today: '2026-11-28',
          ...(environment !== undefined && { environment }),
        });
        const stack = await synthesize(loaded, {
          outDir: join(out, `${index}-${environment ?? 'default'}`),
        });
        for (const resource of Object.values(stack.template.Resources)) {
          if (!typesSeen.has(resource.Type)) typesSeen.set(resource.Type, relative(ROOT, file));
        }
      }
    }
    const untabled = [...typesSeen.keys()].filter((type) => table.types[type] === undefined);
    expect(untabled).toEqual([]);
    const missing: string[] = [];
    for (const [type, firstSeenIn] of typesSeen) {
      const entry = table.types[type]!;
      const needed = new Set(
        [...entry.create, ...entry.read, ...entry.update, ...entry.delete].filter(
          (action) => entry.notNeeded[action] === undefined,
        ),
      );
      for (const action of needed) {
        if (allowing(permissions, action).length === 0) {
          missing.push(`${type} (${firstSeenIn}): ${action}`);
        }
      }
    }
    expect(missing).toEqual([]);
    // The types this covers today, so a shrinking corpus is noticed too.
    expect(typesSeen.size).toBeGreaterThanOrEqual(30);
  });
});

describe('the permissions boundary', () => {
  const out = mkdtempSync(join(tmpdir(), 'oidc-boundary-'));
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('allows every action the roles of a config that names it are granted', async () => {
    const boundary = template.Resources['PermissionsBoundary']!.Properties.PolicyDocument.Statement;
    const configs = allConfigs().filter((file) =>
      readFileSync(file, 'utf8').includes('policy/serverless-action-boundary'),
    );
    expect(configs.length).toBeGreaterThan(0);
    const blocked: string[] = [];
    for (const [index, file] of configs.entries()) {
      const loaded = await loadConfig(file, { today: '2026-11-28' });
      const stack = await synthesize(loaded, { outDir: join(out, String(index)) });
      for (const [id, resource] of Object.entries(stack.template.Resources)) {
        if (resource.Type !== 'AWS::IAM::Role') continue;
        const policies = (resource.Properties?.['Policies'] ?? []) as RoleProperties['Policies'];
        const granted = policies
          .flatMap((p) => p.PolicyDocument.Statement)
          .filter((st) => st.Effect === 'Allow')
          .flatMap(actionsOf);
        for (const action of granted) {
          const denied = boundary.some(
            (st) => st.Effect === 'Deny' && actionsOf(st).some((p) => matches(p, action)),
          );
          if (denied || allowing(boundary, action).length === 0) {
            blocked.push(`${relative(ROOT, file)} ${id}: ${action}`);
          }
        }
      }
    }
    expect(blocked).toEqual([]);
  });
});
