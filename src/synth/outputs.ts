// CloudFormation Outputs from which the seed's six outputs are rebuilt: JSON object strings
// keyed by config key (built with Fn::Join, so they resolve to real names and ARNs), and the
// API's id and endpoint. The deploy step reads them by these names.
import { ArnFormat, CfnOutput } from 'aws-cdk-lib/core';
import type { ApiResult } from './api-common';
import type { FunctionHandle, SynthContext } from './context';
import { LIVE_ALIAS } from './versions';
import { STACK_OUTPUTS } from './types';

export function addOutputs(context: SynthContext, api: ApiResult | undefined): void {
  const { stack } = context;
  const functions = [...context.functions.values()].map((f) => addressOf(context, f));
  const tables = [...context.tables.values()];
  const json = (entries: [string, string][]) => stack.toJsonString(Object.fromEntries(entries));
  const output = (id: string, value: string, description: string) =>
    new CfnOutput(stack, id, { value, description });

  output(
    STACK_OUTPUTS.lambdaFunctionNames,
    json(functions.map((f) => [f.key, f.name])),
    'lambda_function_names: function names by lambda_config key (JSON)',
  );
  output(
    STACK_OUTPUTS.lambdaFunctionArns,
    json(functions.map((f) => [f.key, f.arn])),
    'lambda_function_arns: function ARNs by lambda_config key (JSON)',
  );
  output(
    STACK_OUTPUTS.lambdaAliasArns,
    json(functions.map((f) => [f.key, f.aliasArn])),
    "lambda_alias_arns: ARNs of the functions' live aliases by lambda_config key (JSON)",
  );
  output(
    STACK_OUTPUTS.dynamodbTableNames,
    json(tables.map((t) => [t.key, t.table.ref])),
    'dynamodb_table_names: table names by dynamodb_config key (JSON)',
  );
  output(
    STACK_OUTPUTS.dynamodbTableArns,
    json(tables.map((t) => [t.key, t.table.attrArn])),
    'dynamodb_table_arns: table ARNs by dynamodb_config key (JSON)',
  );
  if (api) {
    output(STACK_OUTPUTS.apiGatewayId, api.id, 'api_gateway_id');
    output(
      STACK_OUTPUTS.apiGatewayEndpoint,
      api.endpoint,
      'api_gateway_endpoint: invoke URL of the stage',
    );
  }
}

/**
 * A function's name and ARNs as the parent's outputs write them. A function in a nested stack
 * has a fixed name, so its ARNs are spelled out from it: referencing them would add three
 * outputs per function to its nested stack (200 at most) for what is already known.
 */
function addressOf(
  context: SynthContext,
  f: FunctionHandle,
): { key: string; name: string; arn: string; aliasArn: string } {
  if (context.scopeOf(f.key) === context.stack) {
    return { key: f.key, name: f.function.ref, arn: f.function.attrArn, aliasArn: f.alias.ref };
  }
  const arn = context.stack.formatArn({
    service: 'lambda',
    resource: 'function',
    resourceName: f.name,
    arnFormat: ArnFormat.COLON_RESOURCE_NAME,
  });
  return { key: f.key, name: f.name, arn, aliasArn: `${arn}:${LIVE_ALIAS}` };
}
