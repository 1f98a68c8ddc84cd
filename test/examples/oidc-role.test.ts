// examples/oidc-role/template.yml: cfn-lint clean, and the trust policy lets in exactly one
// repository's environment (plus its pull requests when asked), nothing broader.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type ScalarTag, type CollectionTag } from 'yaml';

const TEMPLATE = join(__dirname, '..', '..', 'examples', 'oidc-role', 'template.yml');

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
}
interface Template {
  Parameters: Record<string, { Default?: string; AllowedValues?: string[] }>;
  Resources: Record<string, { Type: string; Properties: RoleProperties }>;
}

const template = parse(readFileSync(TEMPLATE, 'utf8'), { customTags: tags }) as Template;
const role = template.Resources['DeployRole']!.Properties;
const trust = role.AssumeRolePolicyDocument.Statement;
const permissions = role.Policies[0]!.PolicyDocument.Statement;

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
});
