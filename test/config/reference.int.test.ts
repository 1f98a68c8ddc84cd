// docs/config.md's field reference is generated from the schema; these fail when the page
// is stale or a field is undocumented, with the command that fixes it.
import { readFileSync } from 'node:fs';
import { FIELD_DESCRIPTIONS } from '../../src/config/descriptions';
import { referenceRows, replaceReference } from '../../src/config/reference';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { renderReference } from '../../src/config/reference';

const CONFIG_PAGE = join(__dirname, '..', '..', 'docs', 'config.md');

/** prettier 3 loads its plugins with import(), which jest's CommonJS runtime refuses: use its CLI. */
function prettierFormat(text: string, filepath: string): string {
  const cli = require.resolve('prettier/bin/prettier.cjs');
  return execFileSync(process.execPath, [cli, '--stdin-filepath', filepath], {
    input: text,
    encoding: 'utf8',
  });
}

const FIX = 'run: npx ts-node --transpile-only scripts/config-reference.ts';

describe('docs/config.md field reference', () => {
  it('is up to date with the schema', () => {
    const page = readFileSync(CONFIG_PAGE, 'utf8');
    const fresh = prettierFormat(replaceReference(page, renderReference()), CONFIG_PAGE);
    if (fresh !== page) throw new Error(`docs/config.md is stale; ${FIX}`);
  });

  it('describes every field, and only fields that exist', () => {
    const paths = referenceRows().map((r) => r.path);
    expect(paths.filter((p) => FIELD_DESCRIPTIONS[p] === undefined)).toEqual([]);
    expect(Object.keys(FIELD_DESCRIPTIONS).filter((p) => !paths.includes(p))).toEqual([]);
  });

  it('shows types, defaults and ranges from the schema', () => {
    const rows = new Map(referenceRows().map((r) => [r.path, r]));
    expect(rows.get('lambda_config.<function>.memory_size')).toMatchObject({
      type: 'integer',
      defaultValue: 128,
      constraints: '128 – 10240',
    });
    expect(rows.get('project_name')).toMatchObject({ type: 'string', required: true });
    expect(rows.get('event_source_config.<source>.type')?.constraints).toContain('`EVENTBRIDGE`');
    expect(rows.get('dynamodb_config.<table>.attributes[].type')?.constraints).toBe(
      '`S`, `N`, `B`',
    );
  });

  it('replaceReference refuses a page without markers', () => {
    expect(() => replaceReference('# no markers', 'x')).toThrow(/BEGIN GENERATED REFERENCE/);
  });
});
