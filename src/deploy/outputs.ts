// The seed's six outputs. Read from the stack's Outputs when CloudFormation filled them;
// otherwise (moto after a change set) rebuilt from the stack's resources: the origin
// Metadata maps logical ids to config keys, physical ids are names, ARNs follow from them.
// A stack with nested stacks is rebuilt from each of them (its functions live there).
import type { Output, StackResourceSummary } from '@aws-sdk/client-cloudformation';
import type { CfnTemplate, ResourceOrigin } from '../synth/types';
import type { SeedOutputs } from './types';

/** What a stack without functions, API or tables outputs; also the starting point of every resolve. */
export const EMPTY_SEED_OUTPUTS: SeedOutputs = {
  lambda_function_names: {},
  lambda_function_arns: {},
  lambda_alias_arns: {},
  api_gateway_id: '',
  api_gateway_endpoint: '',
  dynamodb_table_names: {},
  dynamodb_table_arns: {},
};

const OUTPUT_KEYS = {
  LambdaFunctionNames: 'lambda_function_names',
  LambdaFunctionArns: 'lambda_function_arns',
  LambdaAliasArns: 'lambda_alias_arns',
  DynamodbTableNames: 'dynamodb_table_names',
  DynamodbTableArns: 'dynamodb_table_arns',
} as const;

/** From CFN Outputs; undefined when the stack has none of ours (then resolve from resources). */
export function outputsFromStack(outputs: readonly Output[] | undefined): SeedOutputs | undefined {
  const byKey = new Map((outputs ?? []).map((o) => [o.OutputKey, o.OutputValue]));
  const hasAny = Object.keys(OUTPUT_KEYS).some((k) => byKey.has(k));
  if (!hasAny) return undefined;
  const result: Record<string, unknown> = { ...EMPTY_SEED_OUTPUTS };
  for (const [cfnKey, seedKey] of Object.entries(OUTPUT_KEYS)) {
    const raw = byKey.get(cfnKey);
    if (raw !== undefined) result[seedKey] = parseStringMap(raw);
  }
  result['api_gateway_id'] = byKey.get('ApiGatewayId') ?? '';
  result['api_gateway_endpoint'] = byKey.get('ApiGatewayEndpoint') ?? '';
  return result as unknown as SeedOutputs;
}

function parseStringMap(raw: string): Record<string, string> {
  try {
    const parsed = JSON.parse(raw) as unknown;
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) {
      return Object.fromEntries(
        Object.entries(parsed as Record<string, unknown>).map(([k, v]) => [k, String(v)]),
      );
    }
  } catch {
    // Not JSON: fall through to an empty map rather than failing the deploy at the end.
  }
  return {};
}

export interface StackLocation {
  readonly partition: string;
  readonly region: string;
  readonly account: string;
}

/** `arn:aws:cloudformation:us-east-1:123456789012:stack/name/guid` -> its partition/region/account. */
export function locationFromStackId(stackId: string): StackLocation | undefined {
  const parts = stackId.split(':');
  if (parts.length < 6 || parts[0] !== 'arn') return undefined;
  return { partition: parts[1]!, region: parts[3]!, account: parts[4]! };
}

export function outputsFromResources(
  template: CfnTemplate,
  origins: Readonly<Record<string, ResourceOrigin>>,
  resources: readonly StackResourceSummary[],
  where: StackLocation,
): SeedOutputs {
  const physical = new Map(resources.map((r) => [r.LogicalResourceId, r.PhysicalResourceId]));
  const names: Record<string, string> = {};
  const arns: Record<string, string> = {};
  const aliasArns: Record<string, string> = {};
  const tables: Record<string, string> = {};
  const tableArns: Record<string, string> = {};
  let apiId = '';
  let apiEndpoint = '';
  const arnPrefix = (service: string): string =>
    `arn:${where.partition}:${service}:${where.region}:${where.account}`;
  const sortedIds = Object.keys(origins).sort();
  for (const logicalId of sortedIds) {
    const origin = origins[logicalId]!;
    const resource = template.Resources[logicalId];
    const id = physical.get(logicalId);
    if (id === undefined || resource === undefined) continue;
    if (resource.Type === 'AWS::Lambda::Function') {
      names[origin.key] = id;
      arns[origin.key] = `${arnPrefix('lambda')}:function:${id}`;
    } else if (resource.Type === 'AWS::Lambda::Alias') {
      // Ref of an alias (its physical id) is its ARN.
      aliasArns[origin.key] = id.startsWith('arn:') ? id : `${arnPrefix('lambda')}:function:${id}`;
    } else if (resource.Type === 'AWS::DynamoDB::Table') {
      tables[origin.key] = id;
      tableArns[origin.key] = `${arnPrefix('dynamodb')}:table/${id}`;
    } else if (resource.Type === 'AWS::ApiGatewayV2::Api') {
      apiId = id;
      const websocket = resource.Properties?.['ProtocolType'] === 'WEBSOCKET';
      const stage = stageName(template, logicalId, 'AWS::ApiGatewayV2::Stage', 'ApiId');
      const suffix = stage === undefined || stage === '$default' ? '' : `/${stage}`;
      apiEndpoint = `${websocket ? 'wss' : 'https'}://${id}.execute-api.${where.region}.amazonaws.com${suffix}`;
    } else if (resource.Type === 'AWS::ApiGateway::RestApi') {
      apiId = id;
      const stage = stageName(template, logicalId, 'AWS::ApiGateway::Stage', 'RestApiId');
      apiEndpoint = `https://${id}.execute-api.${where.region}.amazonaws.com${stage === undefined ? '' : `/${stage}`}`;
    }
  }
  return {
    lambda_function_names: names,
    lambda_function_arns: arns,
    lambda_alias_arns: aliasArns,
    api_gateway_id: apiId,
    api_gateway_endpoint: apiEndpoint,
    dynamodb_table_names: tables,
    dynamodb_table_arns: tableArns,
  };
}

/** The StageName of the stage that points at this API (`$default` for HTTP APIs' auto stage). */
function stageName(
  template: CfnTemplate,
  apiLogicalId: string,
  stageType: string,
  apiProperty: string,
): string | undefined {
  for (const resource of Object.values(template.Resources)) {
    if (resource.Type !== stageType) continue;
    const apiRef = resource.Properties?.[apiProperty] as { Ref?: string } | undefined;
    const name = resource.Properties?.['StageName'];
    if (apiRef?.Ref === apiLogicalId && typeof name === 'string') return name;
  }
  return undefined;
}

/** One stack of a deployed tree (the stack itself, or a nested stack of it). */
export interface DeployedPart {
  /** The template the stack runs. */
  readonly template: CfnTemplate;
  readonly origins: Readonly<Record<string, ResourceOrigin>>;
  readonly resources: readonly StackResourceSummary[];
}

/** outputsFromResources over every stack of the tree, merged (the API is in one of them). */
export function outputsFromParts(
  parts: readonly DeployedPart[],
  where: StackLocation,
): SeedOutputs {
  return parts
    .map((p) => outputsFromResources(p.template, p.origins, p.resources, where))
    .reduce(
      (all, one) => ({
        lambda_function_names: { ...all.lambda_function_names, ...one.lambda_function_names },
        lambda_function_arns: { ...all.lambda_function_arns, ...one.lambda_function_arns },
        lambda_alias_arns: { ...all.lambda_alias_arns, ...one.lambda_alias_arns },
        api_gateway_id: all.api_gateway_id || one.api_gateway_id,
        api_gateway_endpoint: all.api_gateway_endpoint || one.api_gateway_endpoint,
        dynamodb_table_names: { ...all.dynamodb_table_names, ...one.dynamodb_table_names },
        dynamodb_table_arns: { ...all.dynamodb_table_arns, ...one.dynamodb_table_arns },
      }),
      EMPTY_SEED_OUTPUTS,
    );
}
