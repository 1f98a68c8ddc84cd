// CloudFormation Outputs from which the seed's six outputs are rebuilt: JSON object strings
// keyed by config key (built with Fn::Join, so they resolve to real names and ARNs), and the
// API's id and endpoint. The deploy step reads them by these names.
import { CfnOutput } from 'aws-cdk-lib/core';
import type { ApiResult } from './api-common';
import type { SynthContext } from './context';
import { STACK_OUTPUTS } from './types';

export function addOutputs(context: SynthContext, api: ApiResult | undefined): void {
  const { stack } = context;
  const functions = [...context.functions.values()];
  const tables = [...context.tables.values()];
  const json = (entries: [string, string][]) => stack.toJsonString(Object.fromEntries(entries));
  const output = (id: string, value: string, description: string) =>
    new CfnOutput(stack, id, { value, description });

  output(
    STACK_OUTPUTS.lambdaFunctionNames,
    json(functions.map((f) => [f.key, f.function.ref])),
    'lambda_function_names: function names by lambda_config key (JSON)',
  );
  output(
    STACK_OUTPUTS.lambdaFunctionArns,
    json(functions.map((f) => [f.key, f.function.attrArn])),
    'lambda_function_arns: function ARNs by lambda_config key (JSON)',
  );
  output(
    STACK_OUTPUTS.lambdaAliasArns,
    json(functions.map((f) => [f.key, f.alias.ref])),
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
