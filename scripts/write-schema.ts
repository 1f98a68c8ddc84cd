// Writes schema/serverless.config.schema.json from the one config definition, so editors
// (YAML language server, VS Code) complete and check serverless.config.yml.
// CI runs it and fails when the committed file differs.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { configJsonSchema } from '../src/config/json-schema';

const target = join(__dirname, '..', 'schema', 'serverless.config.schema.json');
writeFileSync(target, JSON.stringify(configJsonSchema(), null, 2) + '\n');
