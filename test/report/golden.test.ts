// Golden files: the PR comment of each example's plan, no-op, refusal and failure (and of a
// generated 1,000-resource stack), so the look changes only on purpose. The inputs are
// written by scripts/report-fixtures.ts from the real synth and review; after a deliberate
// change to the report, rewrite the goldens and review their diff:
//
//   UPDATE_GOLDEN=1 npx jest test/report/golden.test.ts
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Report } from '../../src/report/model';
import { COMMENT_LIMIT, commentMarker, renderFitted } from '../../src/report/render';
import { largeReport } from './large';

const FIXTURES = join(__dirname, '../fixtures/report');
const UPDATE = process.env['UPDATE_GOLDEN'] === '1';

function loadReport(file: string): Report {
  const raw = JSON.parse(readFileSync(file, 'utf8')) as Report & { updatedAt: string };
  return { ...raw, updatedAt: new Date(raw.updatedAt) };
}

function comment(report: Report): string {
  return renderFitted(report, COMMENT_LIMIT, { marker: commentMarker(report.stackName ?? '') });
}

function expectGolden(file: string, text: string): void {
  if (UPDATE) {
    writeFileSync(file, text);
    return;
  }
  if (!existsSync(file)) throw new Error(`${file} is missing: run with UPDATE_GOLDEN=1`);
  expect(text).toBe(readFileSync(file, 'utf8'));
}

const cases = readdirSync(FIXTURES, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .flatMap((d) =>
    readdirSync(join(FIXTURES, d.name))
      .filter((f) => f.endsWith('.json'))
      .map((f) => [d.name, f.replace(/\.json$/, '')] as const),
  );

describe('PR comment goldens', () => {
  it('covers plan, no-op, refused and failed for every example', () => {
    for (const example of ['api-crud', 'event-pipeline', 'rest-api', 'seed-example']) {
      for (const scenario of ['plan', 'no-op', 'refused', 'failed']) {
        expect(cases).toContainEqual([example, scenario]);
      }
    }
  });

  it.each(cases)('%s %s', (example, scenario) => {
    const text = comment(loadReport(join(FIXTURES, example, `${scenario}.json`)));
    expect(text.length).toBeLessThan(COMMENT_LIMIT);
    expectGolden(join(FIXTURES, example, `${scenario}.md`), text);
  });

  it('a generated 1,000-resource stack stays under 65,536 characters, verdict and attention first', () => {
    const report = largeReport();
    const text = comment(report);
    expect(text.length).toBeLessThan(COMMENT_LIMIT);
    const lines = text.split('\n');
    expect(lines[2]).toMatch(
      /^### 🛑 Will lose data · `big-shop-dev` plan: 970 to add, 27 to change, 3 to replace/,
    );
    expect(text).toContain('#### What needs your attention');
    expect(text).toContain('must be replaced but keeps its explicit name');
    expect(text).toContain('λ 100 functions');
    expectGolden(join(FIXTURES, 'large-plan.md'), text);
  });
});
