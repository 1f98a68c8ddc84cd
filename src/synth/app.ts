// Assembles one stack from a loaded config. The order matters: tables and functions first,
// then what refers to them (event sources, access grants, the API), then what watches
// everything (alarms) and what reports it (outputs).
import {
  CliCredentialsStackSynthesizer,
  Stack,
  Tags,
  type App,
  type IStackSynthesizer,
} from 'aws-cdk-lib/core';
import { Bundler } from '../assets/bundle';
import type { LoadedConfig } from '../config';
import { applyAccess } from './access';
import { addApi } from './api';
import { startBundles } from './code';
import { applyPermissionsBoundary } from './boundary';
import { createContext, type SynthContext } from './context';
import { addEventSources } from './event-sources';
import { addFunction } from './function';
import { addMonitoring } from './monitoring';
import { addOutputs } from './outputs';
import { applyPermissions } from './permissions';
import { applySecrets } from './secrets';
import { flatScopes, nestedPathScopes, nestedScopes } from './nesting';
import { addTable } from './table';
import { addTrafficShifting } from './traffic-shifting';
import { stackNameOf } from '../deploy/stack-name';
import { stackTags } from './tags';

/** The bucket file assets go to unless `--artifact-bucket` names one; placeholders resolve at deploy. */
export const DEFAULT_ARTIFACT_BUCKET = 'serverless-action-${AWS::AccountId}-${AWS::Region}';
/** Object keys: `assets/<hash>.zip`. */
export const ASSET_PREFIX = 'assets/';

/** Types CDK would tag but CloudFormation's schema (and cfn-lint) does not accept Tags on. */
const UNTAGGABLE_TYPES = ['AWS::ApplicationAutoScaling::ScalableTarget'];

export function stackName(loaded: LoadedConfig): string {
  return stackNameOf(loaded);
}

export interface BuiltStack {
  readonly stack: Stack;
  readonly context: SynthContext;
  readonly tags: Record<string, string>;
}

export async function buildStack(
  app: App,
  loaded: LoadedConfig,
  options: {
    outDir: string;
    artifactBucket?: string;
    ephemeral: boolean;
    bundler?: Bundler;
    /** Functions in nested stacks (nesting.ts), for stacks past CloudFormation's limits. */
    nested?: boolean;
  },
): Promise<BuiltStack> {
  const name = stackName(loaded);
  const tags = stackTags(loaded.config, options.ephemeral);
  // No bootstrap stack: the CLI-credentials synthesizer publishes with the caller's own
  // credentials to a bucket the deploy step ensures, and adds no BootstrapVersion rule.
  const synthesizer = new CliCredentialsStackSynthesizer({
    fileAssetsBucketName: options.artifactBucket ?? DEFAULT_ARTIFACT_BUCKET,
    bucketPrefix: ASSET_PREFIX,
  }) as IStackSynthesizer;
  const stack = new Stack(app, name, {
    stackName: name,
    synthesizer,
    analyticsReporting: false,
    description: `${name}: serverless stack deployed by serverless-action`,
    // Stack tags go to CloudFormation, which propagates them on create; the aspect below
    // writes them into every taggable resource too, so they show in the template and reviews.
    tags,
  });
  for (const [key, value] of Object.entries(tags)) {
    Tags.of(stack).add(key, value, { excludeResourceTypes: UNTAGGABLE_TYPES });
  }
  // moto's GetTemplateSummary (and some linters) want the format version.
  stack.templateOptions.templateFormatVersion = '2010-09-09';

  const context = createContext(
    stack,
    loaded,
    options.outDir,
    options.ephemeral,
    options.bundler ?? new Bundler(),
    options.nested === true ? nestedScopes(stack) : flatScopes(stack),
    options.nested === true ? nestedPathScopes(stack) : flatScopes(stack),
  );
  startBundles(context);
  for (const [key, table] of Object.entries(loaded.config.dynamodb_config))
    addTable(context, key, table);
  for (const [key, fn] of Object.entries(loaded.config.lambda_config)) {
    await addFunction(context, key, fn);
  }
  addEventSources(context);
  applyAccess(context);
  applyPermissions(context);
  applySecrets(context);
  applyPermissionsBoundary(stack, loaded.config.iam?.permissions_boundary);
  const api = addApi(context);
  addMonitoring(context, api);
  // After the alarms: a deployment group watches them.
  addTrafficShifting(context);
  addOutputs(context, api);
  return { stack, context, tags };
}
