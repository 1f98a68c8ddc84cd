// Rebuilds a template as typed L1 constructs (CfnFunction, CfnQueue, ...) so cdk-nag's rules,
// which test `instanceof`, can read it. CfnInclude does the same, but finds each class with
// `require(moduleName)` on a computed name, which a bundler cannot follow: the ncc-built CLI
// and action would lose every pack finding. Here each class is a literal require, loaded only
// when the template has that type.
/* eslint-disable @typescript-eslint/no-require-imports */
import type * as CdkLib from 'aws-cdk-lib';
import type { CfnResource, Stack } from 'aws-cdk-lib';
import type { CfnTemplate } from '../../synth/types';

interface L1Class {
  _fromCloudFormation(
    scope: Stack,
    id: string,
    attributes: unknown,
    options: { parser: unknown },
  ): CfnResource;
}

type Loader = () => L1Class;
const from =
  (module: () => Record<string, unknown>, name: string): Loader =>
  () =>
    module()[name] as L1Class;
const lambda = () => require('aws-cdk-lib/aws-lambda') as Record<string, unknown>;
const iam = () => require('aws-cdk-lib/aws-iam') as Record<string, unknown>;
const apigw = () => require('aws-cdk-lib/aws-apigateway') as Record<string, unknown>;
const apigwv2 = () => require('aws-cdk-lib/aws-apigatewayv2') as Record<string, unknown>;
const sqs = () => require('aws-cdk-lib/aws-sqs') as Record<string, unknown>;
const sns = () => require('aws-cdk-lib/aws-sns') as Record<string, unknown>;

/** The resource types serverless stacks contain; others become plain CfnResources (the packs skip them). */
export const L1_CLASSES: Readonly<Record<string, Loader>> = {
  'AWS::Lambda::Function': from(lambda, 'CfnFunction'),
  'AWS::Lambda::EventSourceMapping': from(lambda, 'CfnEventSourceMapping'),
  'AWS::Lambda::Permission': from(lambda, 'CfnPermission'),
  'AWS::Lambda::Url': from(lambda, 'CfnUrl'),
  'AWS::Lambda::Alias': from(lambda, 'CfnAlias'),
  'AWS::Lambda::Version': from(lambda, 'CfnVersion'),
  'AWS::Lambda::EventInvokeConfig': from(lambda, 'CfnEventInvokeConfig'),
  'AWS::IAM::Role': from(iam, 'CfnRole'),
  'AWS::IAM::Policy': from(iam, 'CfnPolicy'),
  'AWS::IAM::ManagedPolicy': from(iam, 'CfnManagedPolicy'),
  'AWS::IAM::User': from(iam, 'CfnUser'),
  'AWS::IAM::Group': from(iam, 'CfnGroup'),
  'AWS::ApiGateway::RestApi': from(apigw, 'CfnRestApi'),
  'AWS::ApiGateway::Stage': from(apigw, 'CfnStage'),
  'AWS::ApiGateway::Method': from(apigw, 'CfnMethod'),
  'AWS::ApiGateway::Resource': from(apigw, 'CfnResource'),
  'AWS::ApiGateway::Deployment': from(apigw, 'CfnDeployment'),
  'AWS::ApiGateway::Authorizer': from(apigw, 'CfnAuthorizer'),
  'AWS::ApiGateway::UsagePlan': from(apigw, 'CfnUsagePlan'),
  'AWS::ApiGateway::ApiKey': from(apigw, 'CfnApiKey'),
  'AWS::ApiGateway::RequestValidator': from(apigw, 'CfnRequestValidator'),
  'AWS::ApiGateway::DomainName': from(apigw, 'CfnDomainName'),
  'AWS::ApiGatewayV2::Api': from(apigwv2, 'CfnApi'),
  'AWS::ApiGatewayV2::Stage': from(apigwv2, 'CfnStage'),
  'AWS::ApiGatewayV2::Route': from(apigwv2, 'CfnRoute'),
  'AWS::ApiGatewayV2::Integration': from(apigwv2, 'CfnIntegration'),
  'AWS::ApiGatewayV2::Authorizer': from(apigwv2, 'CfnAuthorizer'),
  'AWS::ApiGatewayV2::DomainName': from(apigwv2, 'CfnDomainName'),
  'AWS::DynamoDB::Table': from(
    () => require('aws-cdk-lib/aws-dynamodb') as Record<string, unknown>,
    'CfnTable',
  ),
  'AWS::SQS::Queue': from(sqs, 'CfnQueue'),
  'AWS::SQS::QueuePolicy': from(sqs, 'CfnQueuePolicy'),
  'AWS::SNS::Topic': from(sns, 'CfnTopic'),
  'AWS::SNS::TopicPolicy': from(sns, 'CfnTopicPolicy'),
  'AWS::SNS::Subscription': from(sns, 'CfnSubscription'),
  'AWS::Events::Rule': from(
    () => require('aws-cdk-lib/aws-events') as Record<string, unknown>,
    'CfnRule',
  ),
  'AWS::Logs::LogGroup': from(
    () => require('aws-cdk-lib/aws-logs') as Record<string, unknown>,
    'CfnLogGroup',
  ),
  'AWS::CloudWatch::Alarm': from(
    () => require('aws-cdk-lib/aws-cloudwatch') as Record<string, unknown>,
    'CfnAlarm',
  ),
  'AWS::KMS::Key': from(() => require('aws-cdk-lib/aws-kms') as Record<string, unknown>, 'CfnKey'),
  'AWS::S3::Bucket': from(
    () => require('aws-cdk-lib/aws-s3') as Record<string, unknown>,
    'CfnBucket',
  ),
  'AWS::Kinesis::Stream': from(
    () => require('aws-cdk-lib/aws-kinesis') as Record<string, unknown>,
    'CfnStream',
  ),
  'AWS::StepFunctions::StateMachine': from(
    () => require('aws-cdk-lib/aws-stepfunctions') as Record<string, unknown>,
    'CfnStateMachine',
  ),
};

/** Adds every resource of `template` to `stack` as an L1 construct whose id is its logical id. */
export function includeTemplate(stack: Stack, template: CfnTemplate): void {
  const cdk = require('aws-cdk-lib') as typeof CdkLib;
  const { CfnParser } = require('aws-cdk-lib/core/lib/helpers-internal') as {
    CfnParser: new (options: unknown) => {
      parseValue(value: unknown): unknown;
      handleAttributes(r: CfnResource, a: unknown, id: string): void;
    };
  };
  const resources = template.Resources;
  const created = new Map<string, CfnResource>();
  const inProgress = new Set<string>();
  const parameters: Record<string, unknown> = {};
  for (const [id, parameter] of Object.entries(template.Parameters ?? {})) {
    const p = parameter as { Type?: string; Default?: unknown };
    parameters[id] = new cdk.CfnParameter(stack, id, {
      type: p.Type ?? 'String',
      ...(p.Default !== undefined && { default: p.Default }),
    });
  }
  const finder = {
    findResource: (id: string) => (id in resources ? getOrCreate(id) : undefined),
    findRefTarget: (id: string) =>
      parameters[id] ?? (id in resources ? getOrCreate(id) : undefined),
    findCondition: () => undefined,
    findMapping: () => undefined,
  };
  const parser = new CfnParser({ finder, parameters: {} });

  function getOrCreate(id: string): CfnResource {
    const existing = created.get(id);
    if (existing) return existing;
    if (inProgress.has(id)) throw new Error(`the template has a reference cycle through ${id}`);
    inProgress.add(id);
    const attributes = resources[id]!;
    const l1 = L1_CLASSES[attributes.Type];
    let resource: CfnResource;
    if (l1) {
      resource = l1()._fromCloudFormation(stack, id, attributes, { parser });
    } else {
      resource = new cdk.CfnResource(stack, id, {
        type: attributes.Type,
        properties: parser.parseValue(attributes.Properties) as Record<string, unknown>,
      });
      parser.handleAttributes(resource, attributes, id);
    }
    inProgress.delete(id);
    created.set(id, resource);
    return resource;
  }

  for (const id of Object.keys(resources)) getOrCreate(id);
}
