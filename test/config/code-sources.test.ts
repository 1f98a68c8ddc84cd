// The code-source rule with a fake file system: pure, no disk.
import { checkCodeSources, codeSourcePath, type PathKind } from '../../src/config/code-sources';
import type { ResolvedConfig } from '../../src/config/schema';
import { ResolvedConfigSchema } from '../../src/config/schema';

function config(functions: Record<string, { source?: string }>): ResolvedConfig {
  return ResolvedConfigSchema.parse({ project_name: 'shop', lambda_config: functions });
}

const disk =
  (entries: Record<string, PathKind>) =>
  (path: string): PathKind =>
    entries[path] ?? 'missing';

describe('code sources', () => {
  it('default to functions/<key> next to the config file', () => {
    expect(codeSourcePath('/repo', 'api', undefined)).toBe('/repo/functions/api');
    expect(codeSourcePath('/repo', 'api', 'src/api.ts')).toBe('/repo/src/api.ts');
  });

  it('accept a directory or a .ts/.js/.mjs/.cjs entry', () => {
    const probe = disk({
      '/repo/functions/a': 'directory',
      '/repo/src/b.ts': 'file',
      '/repo/src/c.mjs': 'file',
      '/repo/src/d.cjs': 'file',
    });
    const cfg = config({
      a: {},
      b: { source: 'src/b.ts' },
      c: { source: 'src/c.mjs' },
      d: { source: 'src/d.cjs' },
    });
    expect(checkCodeSources(cfg, '/repo', probe)).toEqual([]);
  });

  it('report a missing default at the function key, a bad source at its value', () => {
    const probe = disk({ '/repo/src/b.py': 'file' });
    const findings = checkCodeSources(
      config({ a: {}, b: { source: 'src/b.py' }, c: { source: 'lib' } }),
      '/repo',
      probe,
    );
    expect(findings.map((f) => [f.path.join('.'), f.at, f.message.split(':')[0]])).toEqual([
      ['lambda_config.a', 'key', 'code of function "a" not found'],
      [
        'lambda_config.b.source',
        'value',
        "source src/b.py is a file but not a .ts, .js, .mjs or .cjs entry; point it at the code's directory or its entry file",
      ],
      [
        'lambda_config.c.source',
        'value',
        'source lib does not exist (relative to the config file); point it at a directory or a .ts/.js/.mjs/.cjs file',
      ],
    ]);
  });
});
