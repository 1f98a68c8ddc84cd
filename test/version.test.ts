import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TOOL_VERSION } from '../src/version';

it('TOOL_VERSION is package.json’s version', () => {
  const pkg = JSON.parse(readFileSync(join(__dirname, '../package.json'), 'utf8')) as {
    version: string;
  };
  expect(TOOL_VERSION).toBe(pkg.version);
});
