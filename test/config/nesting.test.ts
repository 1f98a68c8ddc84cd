// Deep nesting is refused with its line before any parser recurses into it.
import { MAX_NESTING, findDeepNesting } from '../../src/config/nesting';
import { formatDiagnostic } from '../../src/errors';
import { analyze, VALID } from './helpers';

function blockNesting(levels: number): string {
  let text = 'project_name: shop\nlambda_config:\n';
  for (let i = 0; i < levels; i++) text += `${' '.repeat(i + 2)}k${i}:\n`;
  return text;
}

describe('nesting deeper than the limit', () => {
  it('10,000 block levels: reported as nesting, at the line where the limit is passed', () => {
    const analysis = analyze(blockNesting(10_000));
    expect(analysis.errors.map(formatDiagnostic)).toEqual([
      `serverless.config.yml:${MAX_NESTING + 2}:${MAX_NESTING + 2}: error: the file nests more than ${MAX_NESTING} levels deep here (lists and mappings inside each other); a config needs far fewer: flatten this part`,
    ]);
  });

  it('10,000 flow levels on one line, and "- - -" list markers', () => {
    const flow = `project_name: shop\nlambda_config: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`;
    expect(analyze(flow).errors.map((e) => [e.line, e.message.slice(0, 40)])).toEqual([
      [2, `the file nests more than ${MAX_NESTING} levels deep`],
    ]);
    const dashes = `project_name: shop\nx:\n  ${'- '.repeat(500)}a\n`;
    expect(findDeepNesting(dashes)).toMatchObject({ line: 3 });
  });

  it('is not fooled by brackets in quotes, comments and block scalars', () => {
    const text =
      `project_name: shop\ndescription: "${'['.repeat(300)}"\n# ${'{'.repeat(300)}\n` +
      `script: |\n${Array.from({ length: 300 }, (_, i) => `${' '.repeat(i + 2)}line`).join('\n')}\n` +
      'after: 1\n';
    expect(findDeepNesting(text)).toBeUndefined();
  });

  it('leaves an ordinary config alone, and allows exactly the limit', () => {
    expect(findDeepNesting(VALID)).toBeUndefined();
    expect(findDeepNesting(blockNesting(MAX_NESTING - 1))).toBeUndefined();
    expect(findDeepNesting(blockNesting(MAX_NESTING))).toMatchObject({ line: MAX_NESTING + 2 });
  });
});
