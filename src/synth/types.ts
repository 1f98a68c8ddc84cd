// What synthesis hands to deploy and review. Written by synth/, read by everyone after it.
import type { IConstruct } from 'constructs';
import type { Bundler } from '../assets/bundle';
import type { LoadedConfig } from '../config';

/** Which config entry a CloudFormation resource came from. Also written into the template as
 * resource Metadata under the key `serverless-action:origin`, so the deploy step can map a
 * deployed stack's resources back to config keys (moto leaves Outputs empty after a change set). */
export interface ResourceOrigin {
  /** function | table | api | stage | authorizer | queue | dlq | topic | bucket | stream | rule | alarm | log-group | role | ... */
  readonly kind: string;
  /** The config key (lambda_config / dynamodb_config / event_source_config key, or 'api'). */
  readonly key: string;
  /** Dotted config path, e.g. `lambda_config.api-handler`, for locate(). */
  readonly path: string;
}

export const ORIGIN_METADATA_KEY = 'serverless-action:origin';

export interface CfnTemplate {
  AWSTemplateFormatVersion?: string;
  Description?: string;
  Parameters?: Record<string, unknown>;
  Resources: Record<
    string,
    {
      Type: string;
      Properties?: Record<string, unknown>;
      Metadata?: Record<string, unknown>;
      DependsOn?: string | string[];
      DeletionPolicy?: string;
      UpdateReplacePolicy?: string;
      Condition?: string;
    }
  >;
  Outputs?: Record<string, { Value: unknown; Description?: string; Export?: unknown }>;
  Conditions?: Record<string, unknown>;
  Rules?: Record<string, unknown>;
}

/** A nested stack's template, as synth wrote it. */
export interface NestedTemplate {
  /** Logical id of its AWS::CloudFormation::Stack resource in the parent template. */
  readonly logicalId: string;
  /** Absolute path of the template JSON inside outDir (also published as a file asset). */
  readonly templateFile: string;
  readonly template: CfnTemplate;
}

export interface SynthOptions {
  /** Cloud assembly directory (created; earlier contents replaced). */
  readonly outDir: string;
  /** Bucket for file assets; default `serverless-action-${AWS::AccountId}-${AWS::Region}` (placeholders resolved at deploy). */
  readonly artifactBucket?: string;
  /** Ephemeral stage (pr-*): DESTROY removal policies, no deletion protection, short log retention, an `ephemeral` tag. */
  readonly ephemeral?: boolean;
  /** The run's bundler, when something before synth (the deploy's input digest) bundled already. */
  readonly bundler?: Bundler;
}

export interface SynthesizedStack {
  readonly stackName: string;
  /** Absolute path of the cloud assembly directory. */
  readonly outDir: string;
  /** Absolute path of the template JSON inside outDir. */
  readonly templateFile: string;
  /** Absolute path of the CDK asset manifest (`<stack>.assets.json`). */
  readonly assetManifestFile: string;
  readonly template: CfnTemplate;
  /** The nested stacks' templates (functions past 500 resources, nesting.ts); empty when flat. */
  readonly nested?: readonly NestedTemplate[];
  /** The construct tree (the Stack) the template was synthesized from: review runs cdk-nag on
   * it. Absent for a stack read back from disk. Not enumerable, so it never reaches JSON. */
  readonly tree?: IConstruct;
  /** Resources in the parent template and every nested one. */
  readonly resourceCount: number;
  /** Stack-level tags to pass to CloudFormation (config tags + project, environment, managed-by[, ephemeral]). */
  readonly tags: Readonly<Record<string, string>>;
  /** logical id -> origin, for every resource that came from a config entry. */
  readonly origins: Readonly<Record<string, ResourceOrigin>>;
  readonly loaded: LoadedConfig;
  /** Added by synth: problems that do not stop synthesis (e.g. an existing bucket's notification to set by hand). */
  readonly warnings?: readonly string[];
}

/** Names of the stack's CloudFormation Outputs (pinned: the deploy step reads them). The
 * maps are JSON object strings keyed by config key; the API outputs exist only with an API. */
export const STACK_OUTPUTS = {
  lambdaFunctionNames: 'LambdaFunctionNames',
  lambdaFunctionArns: 'LambdaFunctionArns',
  lambdaAliasArns: 'LambdaAliasArns',
  dynamodbTableNames: 'DynamodbTableNames',
  dynamodbTableArns: 'DynamodbTableArns',
  apiGatewayId: 'ApiGatewayId',
  apiGatewayEndpoint: 'ApiGatewayEndpoint',
} as const;

/** CloudFormation's limit on resources in one stack. */
export const MAX_STACK_RESOURCES = 500;

/** The resource type of a nested stack in its parent's template. */
export const NESTED_STACK_TYPE = 'AWS::CloudFormation::Stack';

/** CloudFormation's limits on one template (parameters and outputs; its size through S3). */
export const MAX_TEMPLATE_PARAMETERS = 200;
export const MAX_TEMPLATE_OUTPUTS = 200;
export const MAX_TEMPLATE_BYTES = 1_000_000;
