// What the comment compares a plan against: the deployed stack's templates, nested ones
// included, read back from CloudFormation (moto).
import {
  CloudFormationClient,
  CreateStackCommand,
  DescribeStacksCommand,
} from '@aws-sdk/client-cloudformation';
import { CreateBucketCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { deployedStack } from '../../src/action/deployed-stack';
import { templateUrl } from '../../src/assets/publish';
import { wholeTemplate } from '../../src/review/whole-template';
import { startMoto, type MotoServer, MOTO_CREDENTIALS } from '../support/moto';

let moto: MotoServer;
let cfn: CloudFormationClient;
let s3: S3Client;
const REGION = 'us-east-1';
const BUCKET = 'nested-templates';

beforeAll(async () => {
  moto = await startMoto({ patched: true });
  const common = {
    region: REGION,
    endpoint: moto.endpoint,
    credentials: {
      accessKeyId: MOTO_CREDENTIALS.AWS_ACCESS_KEY_ID,
      secretAccessKey: MOTO_CREDENTIALS.AWS_SECRET_ACCESS_KEY,
    },
  };
  cfn = new CloudFormationClient(common);
  s3 = new S3Client({ ...common, forcePathStyle: true });
  await s3.send(new CreateBucketCommand({ Bucket: BUCKET }));
}, 60_000);
afterAll(async () => {
  cfn?.destroy();
  s3?.destroy();
  await moto?.stop();
});

async function created(stackName: string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    const stack = (await cfn.send(new DescribeStacksCommand({ StackName: stackName }))).Stacks?.[0];
    if (stack?.StackStatus === 'CREATE_COMPLETE') return;
    if (stack?.StackStatus?.endsWith('_FAILED') || stack?.StackStatus?.includes('ROLLBACK')) {
      throw new Error(`${stackName}: ${stack.StackStatus} ${stack.StackStatusReason ?? ''}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${stackName} was not created`);
}

describe('deployedStack', () => {
  it('reads a flat stack as its one template', async () => {
    await cfn.send(
      new CreateStackCommand({
        StackName: 'flat',
        TemplateBody: JSON.stringify({
          Resources: { Jobs: { Type: 'AWS::SQS::Queue', Properties: {} } },
        }),
      }),
    );
    await created('flat');
    const deployed = await deployedStack(cfn, 'flat');
    expect(deployed).toEqual({
      template: { Resources: { Jobs: { Type: 'AWS::SQS::Queue', Properties: {} } } },
    });
  });

  it('reads each nested stack’s template beside the parent’s, by its logical id', async () => {
    const child = {
      Parameters: { queueArn: { Type: 'String' } },
      Resources: {
        Topic: { Type: 'AWS::SNS::Topic', Properties: { DisplayName: { Ref: 'queueArn' } } },
      },
    };
    await s3.send(
      new PutObjectCommand({ Bucket: BUCKET, Key: 'child.json', Body: JSON.stringify(child) }),
    );
    await cfn.send(
      new CreateStackCommand({
        StackName: 'parent',
        TemplateBody: JSON.stringify({
          Resources: {
            Jobs: { Type: 'AWS::SQS::Queue', Properties: {} },
            Group0: {
              Type: 'AWS::CloudFormation::Stack',
              Properties: {
                TemplateURL: templateUrl(BUCKET, REGION, 'child.json'),
                Parameters: { queueArn: { 'Fn::GetAtt': ['Jobs', 'Arn'] } },
              },
            },
          },
        }),
      }),
    );
    await created('parent');
    const deployed = await deployedStack(cfn, 'parent');
    expect(deployed?.nested).toEqual([{ logicalId: 'Group0', template: child }]);
    // As the review reads it: the nested topic beside the queue, its parameter followed.
    const whole = wholeTemplate(deployed!);
    expect(whole.Resources['Topic']?.Properties).toEqual({
      DisplayName: { 'Fn::GetAtt': ['Jobs', 'Arn'] },
    });
  });

  it('answers undefined for a stack that does not exist', async () => {
    expect(await deployedStack(cfn, 'missing')).toBeUndefined();
  });
});
