import type { PlanResult, ResourceChange } from '../../src/deploy/types';
import {
  capAnnotations,
  changeAnnotations,
  findingAnnotations,
} from '../../src/report/annotations';
import { renderDiagram, MAX_NODES } from '../../src/report/diagram';
import { COMMENT_LIMIT, commentMarker, renderFitted, renderReport } from '../../src/report/render';
import { resultOf, verdictOf } from '../../src/report/verdict';
import type { Finding } from '../../src/review/types';
import { changes, deployed, plan, report } from './sample';

const MARKER = commentMarker('app-dev');
const deepFreeze = <T>(value: T): T => {
  if (typeof value === 'object' && value !== null) {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
};

const fn = (i: number, extra: Partial<ResourceChange> = {}): ResourceChange => ({
  logicalId: `Fn${i}`,
  type: 'AWS::Lambda::Function',
  action: 'Add',
  replacement: null,
  risk: 'safe',
  resource: `fn-${i}`,
  ...extra,
});

describe('the verdict comes first', () => {
  it('headline: verdict, stack, counts in words and the cost delta with its percentage', () => {
    const text = renderReport(deepFreeze(report({ kind: 'plan', plan })), 'full', {
      marker: MARKER,
    });
    const lines = text.split('\n');
    expect(lines[0]).toBe(MARKER);
    expect(lines[2]).toBe(
      '### 🛑 Will lose data · `app-dev` plan: 2 to change, 1 to replace · cost +$3.10 / month (+33 %)',
    );
  });

  it('is Safe, Needs attention, No changes, Refused or Failed as the run warrants', () => {
    const safe: PlanResult = { ...plan, changes: [fn(1)], findings: [], changeSetType: 'CREATE' };
    expect(verdictOf(report({ kind: 'plan', plan: safe }))).toBe('safe');
    const replaced: PlanResult = {
      ...safe,
      changes: [fn(1, { action: 'Modify', replacement: 'True', risk: 'replacement' })],
    };
    expect(verdictOf(report({ kind: 'plan', plan: replaced }))).toBe('attention');
    const noop: PlanResult = { ...plan, hasChanges: false, changes: [] };
    expect(renderReport(report({ kind: 'plan', plan: noop }), 'full')).toContain(
      '### ✅ No changes · `app-dev` plan: up to date',
    );
    const guard = report(
      { kind: 'failure', error: { message: 'x', code: 'DATA_LOSS_GUARD' }, plan },
      'deploy',
    );
    expect(resultOf(guard)).toBe('refused');
    expect(renderReport(guard, 'full')).toMatch(
      /^### ⛔ Refused · `app-dev` deploy: 2 to change, 1 to replace/m,
    );
    const broken = report(
      { kind: 'failure', error: { message: 'Rate exceeded', code: 'STACK_FAILED' } },
      'deploy',
    );
    expect(renderReport(broken, 'full')).toContain('### ❌ Failed · `app-dev` deploy');
    expect(renderReport(broken, 'full')).toContain(
      '**Root cause** (`STACK_FAILED`):\n\n```\nRate exceeded\n```',
    );
  });

  it('takes the result from the report when the run sets it (issue 12’s `result`)', () => {
    expect(resultOf({ ...report({ kind: 'plan', plan }), result: 'refused' })).toBe('refused');
  });
});

describe('what needs attention', () => {
  it('lists data loss and new findings at or above fail-on, each linked to its config line', () => {
    const located: PlanResult = {
      ...plan,
      changes: plan.changes.map((c) =>
        c.resource === 'users'
          ? { ...c, location: { file: 'serverless.config.yml', line: 40, column: 3 } }
          : c,
      ),
    };
    const text = renderReport(
      { ...report({ kind: 'plan', plan: located }), repoUrl: 'https://github.com/octo/app' },
      'full',
    );
    expect(text).toContain('#### What needs your attention');
    expect(text).toContain(
      '- 🛑 DynamoDB table `users` (`UsersTable`) will be **replaced** and its data lost: hash_key changed — [serverless.config.yml:40](https://github.com/octo/app/blob/0123456789abcdef/serverless.config.yml#L40)',
    );
    expect(text).toContain('- 🟠 high `SA-SECRET-ENV` on `api-handler`');
    expect(text).not.toContain('`AwsSolutions-IAM4` on'); // medium: below the default threshold
    expect(text.indexOf('What needs your attention')).toBeLessThan(text.indexOf('#### Changes'));
  });

  it('calls out the replacement of a custom-named resource as impossible, with the fix', () => {
    const blocked: PlanResult = {
      ...plan,
      changes: [
        {
          logicalId: 'UsersTable',
          type: 'AWS::DynamoDB::Table',
          action: 'Modify',
          replacement: 'True',
          risk: 'data-loss',
          resource: 'users',
          configPath: 'dynamodb_config.users',
          customName: 'app-dev-users',
          reason:
            'will be replaced because KeySchema changes; the old resource and its data are deleted',
        },
      ],
    };
    const text = renderReport(report({ kind: 'plan', plan: blocked }), 'full');
    expect(text).toContain('keeps its explicit name `app-dev-users`');
    expect(text).toContain('**the update will fail**');
    expect(text).toContain('Fix: rename `users` in `dynamodb_config` (e.g. `users-v2`)');
    expect(text).toContain('Or undo the change to KeySchema.');
  });
});

describe('changes', () => {
  it('lists what a Modify changes, old → new', () => {
    const modified: PlanResult = {
      ...plan,
      changes: [
        fn(1, {
          action: 'Modify',
          replacement: 'False',
          properties: [
            { name: 'MemorySize', before: '128', after: '256' },
            { name: 'Environment', before: '{"Variables":{}}', after: '{"Variables":{"A":"1"}}' },
            { name: 'Timeout', after: '30' },
          ],
        }),
      ],
    };
    expect(renderReport(report({ kind: 'plan', plan: modified }), 'full')).toContain(
      '| `MemorySize` 128 → 256, `Environment`, `Timeout` (added) 30 |',
    );
  });

  it('folds a table of more than 15 rows, not one of 15', () => {
    const of = (n: number): PlanResult => ({
      ...plan,
      changes: Array.from({ length: n }, (_, i) => fn(i)),
    });
    expect(renderReport(report({ kind: 'plan', plan: of(15) }), 'full')).not.toContain(
      '<details><summary>15 changes',
    );
    expect(renderReport(report({ kind: 'plan', plan: of(16) }), 'full')).toContain(
      '<details><summary>16 changes (16 to add)</summary>',
    );
  });
});

describe('cost', () => {
  it('says where each line’s usage comes from and shows "+ usage" for unknown usage, never $0.00', () => {
    const text = renderReport(report({ kind: 'plan', plan }), 'full');
    expect(text).toContain(
      '#### Cost: $12.40 / month + usage · +$3.10 / month (+33 %) vs. $9.30 deployed',
    );
    expect(text).toContain(
      '| api-handler | AWS Lambda | 1,000,000 requests x $0.20 per 1M | $10.00 | `usage:` |',
    );
    expect(text).toContain(
      '| users | Amazon DynamoDB | on-demand reads | + usage | unknown: $0.25 per 1M reads |',
    );
  });

  it('never calls an existing stack new: a plan without the deployed cost says it is unknown', () => {
    const unknown = { ...plan };
    delete (unknown as { deployedMonthlyUsd?: number }).deployedMonthlyUsd;
    expect(renderReport(report({ kind: 'plan', plan: unknown }), 'full')).toContain(
      'deployed cost unknown',
    );
    expect(
      renderReport(report({ kind: 'plan', plan: { ...unknown, changeSetType: 'CREATE' } }), 'full'),
    ).toContain('(new stack)');
  });

  it('gives a preview its cost per day', () => {
    const text = renderReport(
      { ...report({ kind: 'plan', plan }), preview: { differences: [] } },
      'full',
    );
    expect(text).toContain('This preview costs ≈ $0.41 / day + usage while it runs.');
  });
});

describe('findings', () => {
  const same = (i: number): Finding => ({
    rule: 'SA-ROUTE-NO-AUTH',
    severity: 'medium',
    resource: `fn-${i}`,
    logicalId: `Fn${i}Route`,
    message: 'route has no authorizer',
    location: { file: 'serverless.config.yml', line: 10 + i, column: 3 },
  });

  it('groups one rule on twenty resources into one row, and tells new from already deployed', () => {
    const many: PlanResult = {
      ...plan,
      findings: Array.from({ length: 20 }, (_, i) => same(i)),
      previous: { findingKeys: ['SA-ROUTE-NO-AUTH|Fn0Route'], logicalIds: ['Fn0Route'] },
    };
    const text = renderReport(report({ kind: 'plan', plan: many }), 'full');
    const rows = text
      .split('\n')
      .filter((l) => l.includes('`SA-ROUTE-NO-AUTH`: route has no authorizer'));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toContain('and 15 more');
    expect(rows[0]).toContain('🆕 19 new, 1 deployed');
    expect(text).toContain('#### Security: 20 🟡 medium · 19 new · 1 already deployed');
    expect(text).toContain(
      'GitHub shows at most 10 annotations per level in a step: 10 more findings are listed here only.',
    );
  });

  it('annotates at most 10 findings per level, each at its config line', () => {
    const annotations = findingAnnotations(Array.from({ length: 25 }, (_, i) => same(i)));
    expect(annotations).toHaveLength(10);
    expect(annotations[3]).toMatchObject({
      level: 'warning',
      file: 'serverless.config.yml',
      startLine: 13,
    });
    expect(
      capAnnotations(
        [
          { level: 'error', message: 'a' },
          { level: 'notice', message: 'b' },
        ],
        1,
      ).kept,
    ).toHaveLength(2);
  });

  it('annotates a data-losing change at the line that causes it', () => {
    const [annotation] = changeAnnotations([
      { ...changes[1]!, location: { file: 'serverless.config.yml', line: 40, column: 3 } },
    ]);
    expect(annotation).toMatchObject({ level: 'error', title: 'data loss', startLine: 40 });
  });
});

describe('the picture', () => {
  const graph = {
    nodes: [
      { id: 'Api', kind: 'api' as const, label: 'api' },
      { id: 'Fn1', kind: 'function' as const, label: 'fn-1' },
      { id: 'Users', kind: 'table' as const, label: 'users' },
    ],
    edges: [
      { from: 'Api', to: 'Fn1' },
      { from: 'Fn1', to: 'Users' },
    ],
  };

  it('draws API → function → table, coloured by change, removed parts dashed', () => {
    const text = renderDiagram(graph, [
      fn(1),
      {
        logicalId: 'Users',
        type: 'AWS::DynamoDB::Table',
        action: 'Modify',
        replacement: 'True',
        risk: 'data-loss',
      },
      {
        logicalId: 'Old',
        type: 'AWS::SQS::Queue',
        action: 'Remove',
        replacement: null,
        risk: 'data-loss',
        resource: 'old-jobs',
      },
    ]);
    expect(text).toContain('```mermaid\nflowchart LR');
    expect(text).toContain('n0{{"🌐 api"}}');
    expect(text).toMatch(/n\d\("λ fn-1"\):::added/);
    expect(text).toMatch(/n\d\[\("🗄️ users"\)\]:::replaced/);
    expect(text).toMatch(/n\d\[\/"📨 old-jobs"\/\]:::removed/);
    expect(text).toContain('n0 --> n');
  });

  it(`summarizes by kind above ${MAX_NODES} nodes`, () => {
    const nodes = Array.from({ length: 60 }, (_, i) => ({
      id: `Fn${i}`,
      kind: 'function' as const,
      label: `fn-${i}`,
    }));
    const text = renderDiagram({ nodes, edges: [] }, [fn(1)]);
    expect(text).toContain('function("λ 60 functions<br/>1 added"):::added');
    expect(text).not.toContain('fn-59');
  });
});

describe('footer and fitting', () => {
  it('names the command, config, environment, commit, tool version and the time to the minute', () => {
    const text = renderReport(
      {
        ...report({ kind: 'destroy', destroy: { stackName: 'app-dev', deleted: true } }, 'destroy'),
        configPath: 'serverless.config.yml',
        toolVersion: '0.1.0',
      },
      'full',
    );
    expect(text).toContain(
      '<sub>destroy · `serverless.config.yml` · environment `dev` · commit `0123456` · serverless-action 0.1.0 · 2026-11-28 06:00 UTC · [run](https://github.com/octo/app/actions/runs/9)</sub>',
    );
  });

  it('shows the preview URL and outputs after a deploy', () => {
    const text = renderReport(report({ kind: 'deploy', deploy: deployed }, 'deploy'), 'full');
    expect(text).toContain('### 🚀 Deployed · `app-dev` deploy: 2 changed, 1 replaced');
    expect(text).toContain('**Preview:** https://a1b2c3.execute-api.us-east-1.amazonaws.com');
  });

  it('escapes table cells', () => {
    const nasty = fn(1, { reason: 'a|b\n<script>' });
    expect(
      renderReport(report({ kind: 'plan', plan: { ...plan, changes: [nasty] } }), 'full'),
    ).toContain('a\\|b &lt;script&gt;');
  });

  it('keeps everything when it fits, and trims 2,000 changes under 65,536 characters', () => {
    const r = report({ kind: 'plan', plan });
    expect(renderFitted(r, COMMENT_LIMIT, { marker: MARKER })).toBe(
      renderReport(r, 'full', { marker: MARKER }),
    );
    const big = report({
      kind: 'plan',
      plan: {
        ...plan,
        changes: [
          ...changes,
          ...Array.from({ length: 2000 }, (_, i) => fn(i, { reason: 'x'.repeat(200) })),
        ],
      },
    });
    const text = renderFitted(big, COMMENT_LIMIT, { marker: MARKER });
    expect(text.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(text).toContain('### 🛑 Will lose data');
    expect(text).toMatch(/…and \d+ more changes \(the safest\): see the job summary/);
  });

  it('cuts even a pathological report to the limit, marker first', () => {
    const r = report({ kind: 'failure', error: { message: 'y', hint: 'z'.repeat(5000) } });
    const text = renderFitted(r, 1000, { marker: MARKER });
    expect(text.length).toBeLessThanOrEqual(1000);
    expect(text.startsWith(MARKER)).toBe(true);
  });
});
