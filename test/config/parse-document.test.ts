// The YAML reader: plain data plus positions, every duplicate, anchors and merge keys, and a
// budget against alias bombs.
import { parseConfigText } from '../../src/config/parse-document';
import { analyze, yaml } from './helpers';

describe('parseConfigText', () => {
  it('indexes keys and values with 1-based lines and columns', () => {
    const { value, index, findings } = parseConfigText('a:\n  b: [1, two]\n  c:\n');
    expect(findings).toEqual([]);
    expect(value).toEqual({ a: { b: [1, 'two'], c: null } });
    expect(index.get(['a', 'b'])).toEqual({
      key: { line: 2, column: 3 },
      value: { line: 2, column: 6 },
      isMapping: false,
    });
    expect(index.get(['a', 'b', 1])?.key).toEqual({ line: 2, column: 10 });
    // An empty value is located at its key.
    expect(index.get(['a', 'c'])?.value).toEqual({ line: 3, column: 3 });
  });

  it('reports every duplicate key, each with the line of the first', () => {
    const { findings } = parseConfigText('a: 1\nb: 2\na: 3\nc:\n  x: 1\n  x: 2\na: 4\n');
    expect(findings.map((f) => [f.position?.line, f.position?.column, f.message])).toEqual([
      [3, 1, 'duplicate key "a" (first written at line 1); keep one of them'],
      [6, 3, 'duplicate key "x" (first written at line 5); keep one of them'],
      [7, 1, 'duplicate key "a" (first written at line 1); keep one of them'],
    ]);
  });

  it('resolves anchors, aliases and merge keys', () => {
    const { value, findings } = parseConfigText(
      yaml`
        defaults: &defaults
          memory_size: 256
          timeout: 10
        api:
          <<: *defaults
          timeout: 30
      `,
    );
    expect(findings).toEqual([]);
    expect(value?.['api']).toEqual({ memory_size: 256, timeout: 30 });
  });

  // How quickly (the goal: under 3,000 ms) is bench/config.ts's figure, not a test's.
  it('stops an alias bomb with one error', () => {
    const lines = ['a0: &a0 [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i <= 9; i++) {
      lines.push(`a${i}: &a${i} [${Array.from({ length: 10 }, () => `*a${i - 1}`).join(', ')}]`);
    }
    const { findings } = parseConfigText(lines.join('\n') + '\n');
    expect(findings.map((f) => f.message)).toEqual([
      'the file expands to more than 50000 values (YAML aliases repeat too much)',
    ]);
  });

  it('refuses non-scalar keys and __proto__', () => {
    const { findings } = parseConfigText('? [a, b]\n: 1\n__proto__: {}\n');
    expect(findings.map((f) => [f.position?.line, f.message])).toEqual([
      [1, 'keys must be plain names, not lists or mappings'],
      [3, 'the key "__proto__" is not allowed'],
    ]);
  });

  it('a second document is a syntax error', () => {
    const { value, findings } = parseConfigText('a: 1\n---\nb: 2\n');
    expect(value).toBeUndefined();
    expect(findings[0]?.message).toContain('more than one YAML document');
  });
});

describe('anchors in a real config', () => {
  it('x- keys hold anchors; merged settings are checked where the anchor wrote them', () => {
    const text = yaml`
      project_name: shop
      x-defaults: &fn
        memory_size: 99999
        timeout: 10
      lambda_config:
        api:
          <<: *fn
          timeout: 20
    `;
    const { errors } = analyze(text);
    expect(errors.map((e) => `${e.line}:${e.column} ${e.message}`)).toEqual([
      '3:16 memory_size must be from 128 to 10240 MB, got 99999',
    ]);
    const fixed = analyze(text.replace('99999', '256'));
    expect(fixed.errors).toEqual([]);
    expect(fixed.config?.lambda_config['api']).toMatchObject({ memory_size: 256, timeout: 20 });
  });
});
