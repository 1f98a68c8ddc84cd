// cdk-nag names each rule after its source file (`parse(__filename).name`). Bundled by ncc,
// every rule lives in index.js and would be reported as `AwsSolutions-index`. Each rule is also
// exported under its real name from its service's rules module, so the names are restored from
// there before the packs run. (Unbundled, this changes nothing.)
/* eslint-disable @typescript-eslint/no-require-imports */

type RuleModule = Readonly<Record<string, unknown>>;

/** The rule modules the AwsSolutions and Serverless packs use, as literal requires a bundler follows. */
const RULE_MODULES: readonly (() => RuleModule)[] = [
  () => require('cdk-nag/lib/rules/apigw') as RuleModule,
  () => require('cdk-nag/lib/rules/appsync') as RuleModule,
  () => require('cdk-nag/lib/rules/autoscaling') as RuleModule,
  () => require('cdk-nag/lib/rules/cloud9') as RuleModule,
  () => require('cdk-nag/lib/rules/cloudfront') as RuleModule,
  () => require('cdk-nag/lib/rules/cloudwatch') as RuleModule,
  () => require('cdk-nag/lib/rules/codebuild') as RuleModule,
  () => require('cdk-nag/lib/rules/cognito') as RuleModule,
  () => require('cdk-nag/lib/rules/documentdb') as RuleModule,
  () => require('cdk-nag/lib/rules/dynamodb') as RuleModule,
  () => require('cdk-nag/lib/rules/ec2') as RuleModule,
  () => require('cdk-nag/lib/rules/ecr') as RuleModule,
  () => require('cdk-nag/lib/rules/ecs') as RuleModule,
  () => require('cdk-nag/lib/rules/efs') as RuleModule,
  () => require('cdk-nag/lib/rules/eks') as RuleModule,
  () => require('cdk-nag/lib/rules/elasticache') as RuleModule,
  () => require('cdk-nag/lib/rules/elasticbeanstalk') as RuleModule,
  () => require('cdk-nag/lib/rules/elb') as RuleModule,
  () => require('cdk-nag/lib/rules/emr') as RuleModule,
  () => require('cdk-nag/lib/rules/eventbridge') as RuleModule,
  () => require('cdk-nag/lib/rules/glue') as RuleModule,
  () => require('cdk-nag/lib/rules/iam') as RuleModule,
  () => require('cdk-nag/lib/rules/kinesis') as RuleModule,
  () => require('cdk-nag/lib/rules/kms') as RuleModule,
  () => require('cdk-nag/lib/rules/lambda') as RuleModule,
  () => require('cdk-nag/lib/rules/lex') as RuleModule,
  () => require('cdk-nag/lib/rules/mediastore') as RuleModule,
  () => require('cdk-nag/lib/rules/msk') as RuleModule,
  () => require('cdk-nag/lib/rules/neptune') as RuleModule,
  () => require('cdk-nag/lib/rules/opensearch') as RuleModule,
  () => require('cdk-nag/lib/rules/quicksight') as RuleModule,
  () => require('cdk-nag/lib/rules/rds') as RuleModule,
  () => require('cdk-nag/lib/rules/redshift') as RuleModule,
  () => require('cdk-nag/lib/rules/s3') as RuleModule,
  () => require('cdk-nag/lib/rules/sagemaker') as RuleModule,
  () => require('cdk-nag/lib/rules/secretsmanager') as RuleModule,
  () => require('cdk-nag/lib/rules/sns') as RuleModule,
  () => require('cdk-nag/lib/rules/sqs') as RuleModule,
  () => require('cdk-nag/lib/rules/stepfunctions') as RuleModule,
  () => require('cdk-nag/lib/rules/timestream') as RuleModule,
  () => require('cdk-nag/lib/rules/vpc') as RuleModule,
];

/** Sets every rule function's `name` to its export name (a few hundred property writes). */
export function restoreRuleNames(): void {
  for (const load of RULE_MODULES) {
    for (const [name, rule] of Object.entries(load())) {
      if (typeof rule === 'function' && rule.name !== name) {
        Object.defineProperty(rule, 'name', { value: name });
      }
    }
  }
}
