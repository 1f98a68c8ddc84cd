import { z } from 'zod';
import { ServerlessConfigSchema } from './schema';

/** The JSON Schema (draft 2020-12) of the config file as a user writes it. */
export function configJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(ServerlessConfigSchema, { io: 'input', unrepresentable: 'any' }),
    $id: 'https://github.com/serverless-action/serverless-action/schema/serverless.config.schema.json',
    title: 'serverless-action config (serverless.config.yml)',
  };
}
