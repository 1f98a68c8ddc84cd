import type { ResourceChange } from '../../src/deploy/types';
import { COMMENT_LIMIT, commentMarker, renderFitted, renderReport } from '../../src/report/render';
import { changes, deployed, plan, report } from './sample';

const MARKER = commentMarker('app-dev');

describe('renderReport', () => {
  it('puts the marker first and data-loss changes first and loud', () => {
    const text = renderReport(report({ kind: 'plan', plan }), 'full', { marker: MARKER });
    expect(text.startsWith(`${MARKER}\n`)).toBe(true);
    expect(text).toContain('### 📝 Plan for `app-dev`: 3 changes');
    expect(text).toContain('#### Changes: 1 🛑 data loss · 1 🔐 permissions · 1 📦 code only');
    expect(text).toContain('> [!CAUTION]\n> **1 change will delete data.**');
    expect(text).toContain(
      '> - `UsersTable` (`users`) AWS::DynamoDB::Table will be **replaced**: hash_key changed',
    );
    expect(text).toContain('unless `allow-replacement: true`');
    const rows = text
      .split('\n')
      .filter((l) => l.startsWith('| 🛑') || l.startsWith('| 🔐') || l.startsWith('| 📦'));
    expect(rows.map((r) => r.slice(0, 4))).toEqual(['| 🛑', '| 🔐', '| 📦']);
    // The callout comes before the table.
    expect(text.indexOf('[!CAUTION]')).toBeLessThan(text.indexOf('| Risk |'));
  });

  it('says allow-replacement lets data loss through', () => {
    const text = renderReport(report({ kind: 'plan', plan }), 'full', { allowReplacement: true });
    expect(text).toContain('`allow-replacement` is on');
  });

  it('shows cost with its change against what is deployed, and folded items', () => {
    const text = renderReport(report({ kind: 'plan', plan }), 'full');
    expect(text).toContain('#### Monthly cost: $12.40 (+$3.10 / month vs. $9.30 deployed)');
    expect(text).toContain('- ⚠️ api-handler: no usage given');
    expect(renderReport(report({ kind: 'plan', plan }), 'compact')).toContain(
      '1 usage-based item without usage assumptions',
    );
    expect(text).toContain('<details><summary>Cost by resource</summary>');
    expect(text).toContain('usage-based: $0.25 per 1M reads');
    const cheaper = renderReport(
      report({ kind: 'plan', plan: { ...plan, deployedMonthlyUsd: 20 } }),
      'full',
    );
    expect(cheaper).toContain('(−$7.60 / month vs. $20.00 deployed)');
    const first = { ...plan };
    delete (first as { deployedMonthlyUsd?: number }).deployedMonthlyUsd;
    expect(renderReport(report({ kind: 'plan', plan: first }), 'full')).toContain('(new stack)');
  });

  it('lists findings by severity, folded, with suppressed ones apart', () => {
    const text = renderReport(report({ kind: 'plan', plan }), 'full');
    expect(text).toContain('#### Security: 1 🟠 high · 1 🟡 medium');
    expect(text).toContain('<details><summary>🟠 high (1)</summary>');
    expect(text).toContain('`serverless.config.yml:12`');
    expect(text).toContain('<details><summary>Suppressed (1)</summary>');
    expect(text).toContain('preview data only');
    expect(text.indexOf('🟠 high (1)')).toBeLessThan(text.indexOf('🟡 medium (1)'));
  });

  it('says "no changes" on a no-op', () => {
    const noop = { ...plan, hasChanges: false, changes: [] };
    delete (noop as { changeSetId?: string }).changeSetId;
    const text = renderReport(report({ kind: 'plan', plan: noop }), 'full');
    expect(text).toContain('### ✅ No changes: `app-dev` is up to date');
    expect(text).not.toContain('| Risk |');
    const deployNoop = renderReport(
      report({ kind: 'deploy', deploy: { ...deployed, hasChanges: false, changes: [] } }, 'deploy'),
      'full',
    );
    expect(deployNoop).toContain('nothing deployed');
  });

  it('shows the preview URL and outputs after a deploy', () => {
    const text = renderReport(report({ kind: 'deploy', deploy: deployed }, 'deploy'), 'full');
    expect(text).toContain('### 🚀 Deployed `app-dev` (UPDATE_COMPLETE)');
    expect(text).toContain('**Preview:** https://a1b2c3.execute-api.us-east-1.amazonaws.com');
    expect(text).toContain('| `dynamodb_table_names` | `users` | `app-dev-users` |');
    expect(text.indexOf('**Preview:**')).toBeLessThan(text.indexOf('#### Changes'));
  });

  it('reports a failure with its root cause and what to do', () => {
    const text = renderReport(
      report(
        {
          kind: 'failure',
          error: {
            message: 'Stack app-dev is in UPDATE_ROLLBACK_FAILED',
            code: 'STACK_FAILED',
            hint: 'Continue the rollback in the console.',
          },
          plan,
        },
        'deploy',
      ),
      'full',
    );
    expect(text).toContain('### ❌ deploy failed for `app-dev`');
    expect(text).toContain(
      '**Root cause** (`STACK_FAILED`):\n\n```\nStack app-dev is in UPDATE_ROLLBACK_FAILED\n```',
    );
    expect(text).toContain('**What to do:** Continue the rollback in the console.');
    expect(text).toContain('[!CAUTION]');
  });

  it('prints config diagnostics one per line in the failure', () => {
    const text = renderReport(
      report({
        kind: 'failure',
        error: {
          message: 'x',
          diagnostics: [
            {
              file: 'serverless.config.yml',
              line: 3,
              column: 5,
              severity: 'error',
              path: 'a',
              message: 'bad',
            },
          ],
        },
      }),
      'full',
    );
    expect(text).toContain('serverless.config.yml:3:5: error: bad');
  });

  it('escapes table cells', () => {
    const nasty: ResourceChange = {
      logicalId: 'X',
      type: 'T',
      action: 'Add',
      replacement: null,
      risk: 'safe',
      reason: 'a|b\n<script>',
    };
    const text = renderReport(
      report({ kind: 'plan', plan: { ...plan, changes: [nasty] } }),
      'full',
    );
    expect(text).toContain('a\\|b &lt;script&gt;');
  });

  it('links the run and the commit in the footer', () => {
    expect(
      renderReport(
        report({ kind: 'destroy', destroy: { stackName: 'app-dev', deleted: true } }, 'destroy'),
        'full',
      ),
    ).toContain(
      '<sub>destroy · environment `dev` · updated 2026-11-28T06:00:00.000Z by [this run](https://github.com/octo/app/actions/runs/9) for `0123456`</sub>',
    );
  });
});

describe('renderFitted', () => {
  const many = (n: number): ResourceChange[] =>
    Array.from({ length: n }, (_, i) => ({
      logicalId: `Resource${i}`,
      type: 'AWS::Lambda::Function',
      action: 'Modify' as const,
      replacement: 'False' as const,
      risk: 'code-only' as const,
      reason: 'x'.repeat(200),
    }));

  it('keeps everything when it fits', () => {
    const r = report({ kind: 'plan', plan });
    expect(renderFitted(r, COMMENT_LIMIT, { marker: MARKER })).toBe(
      renderReport(r, 'full', { marker: MARKER }),
    );
  });

  it('trims details to fit 65,536 characters, keeping the summary and pointing to the job summary', () => {
    const big = { ...plan, changes: [...changes, ...many(2000)] };
    const r = report({ kind: 'plan', plan: big });
    expect(renderReport(r, 'full').length).toBeGreaterThan(COMMENT_LIMIT);
    const text = renderFitted(r, COMMENT_LIMIT, { marker: MARKER });
    expect(text.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(text.startsWith(MARKER)).toBe(true);
    expect(text).toContain('### 📝 Plan for `app-dev`: 2003 changes');
    expect(text).toContain('[!CAUTION]');
    expect(text).toContain('`UsersTable`');
    expect(text).toContain('#### Monthly cost: $12.40');
    expect(text).toContain('#### Security: 1 🟠 high · 1 🟡 medium');
    expect(text).toMatch(/…and \d+ more changes: see the job summary/);
    expect(text).toContain('[job summary](https://github.com/octo/app/actions/runs/9)');
    expect(text).not.toContain('<details><summary>🟠 high');
  });

  it('cuts even a pathological report to the limit, marker first', () => {
    const r = report({ kind: 'failure', error: { message: 'y', hint: 'z'.repeat(5000) } });
    const text = renderFitted(r, 1000, { marker: MARKER });
    expect(text.length).toBeLessThanOrEqual(1000);
    expect(text.startsWith(MARKER)).toBe(true);
    expect(text).toContain('cut to fit');
  });
});
