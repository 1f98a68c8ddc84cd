// What a deploy produced: the preview URL first, then the seed's outputs.
import type { SeedOutputs } from '../deploy/types';
import type { Detail } from './detail';
import { cell, code, details, table } from './markdown';

export function renderDeployOutputs(outputs: SeedOutputs, detail: Detail): string {
  const parts: string[] = [];
  if (outputs.api_gateway_endpoint !== '') {
    parts.push(`**Preview:** ${cell(outputs.api_gateway_endpoint)}`);
  }
  if (detail === 'minimal') return parts.join('\n\n');
  const rows: string[][] = [];
  const add = (output: string, values: Readonly<Record<string, string>>): void => {
    for (const [key, value] of Object.entries(values))
      rows.push([code(output), code(key), code(value)]);
  };
  add('lambda_function_names', outputs.lambda_function_names);
  add('lambda_function_arns', outputs.lambda_function_arns);
  add('lambda_alias_arns', outputs.lambda_alias_arns);
  if (outputs.api_gateway_id !== '')
    rows.push([code('api_gateway_id'), '', code(outputs.api_gateway_id)]);
  add('dynamodb_table_names', outputs.dynamodb_table_names);
  add('dynamodb_table_arns', outputs.dynamodb_table_arns);
  if (rows.length > 0) parts.push(details('Outputs', table(['Output', 'Key', 'Value'], rows)));
  return parts.join('\n\n');
}
