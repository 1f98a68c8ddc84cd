// Rewrites the generated field reference in docs/config.md (between its BEGIN/END markers)
// from the config schema, formatted the way `prettier --check` expects. Run after changing
// src/config/schema.ts or src/config/descriptions.ts:
//   npx ts-node --transpile-only scripts/config-reference.ts
// test/config/reference.int.test.ts fails while the committed page is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { renderReference, replaceReference } from '../src/config/reference';

export const CONFIG_PAGE = join(__dirname, '..', 'docs', 'config.md');

/** The page as it should be committed: the fresh reference in place, then prettier. */
export async function renderConfigPage(current: string): Promise<string> {
  const options = (await resolveConfig(CONFIG_PAGE)) ?? {};
  return format(replaceReference(current, renderReference()), {
    ...options,
    filepath: CONFIG_PAGE,
  });
}

if (require.main === module) {
  renderConfigPage(readFileSync(CONFIG_PAGE, 'utf8')).then(
    (page) => writeFileSync(CONFIG_PAGE, page),
    (error: unknown) => {
      process.stderr.write(`config-reference: ${String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
