// S3: a bucket the stack creates (encrypted, public access blocked, TLS-only) notifying the
// function directly through NotificationConfiguration. CDK's own bucket notifications
// use a custom resource with Lambda code; this needs none. The bucket waits for the invoke
// permission (S3 checks it when the notification is set), and the permission names the
// bucket by its deterministic name, not by reference, so there is no cycle.
import { Fn, Lazy } from 'aws-cdk-lib/core';
import { CfnBucket, CfnBucketPolicy } from '../l1/aws-s3';
import type { EventSourceConfig } from '../../config/schema';
import {
  applyRemovalPolicy,
  isArn,
  markOrigin,
  type FunctionHandle,
  type SynthContext,
} from '../context';
import { denyInsecureTransport } from '../iam';
import { allowInvoke } from '../permission';
import { registerMessaging } from './registry';

export const DEFAULT_S3_EVENTS = ['s3:ObjectCreated:*'];

/** Key filter rules for the notification, or undefined when neither prefix nor suffix is set. */
export function keyFilter(prefix?: string, suffix?: string) {
  const rules = [
    ...(prefix ? [{ name: 'prefix', value: prefix }] : []),
    ...(suffix ? [{ name: 'suffix', value: suffix }] : []),
  ];
  return rules.length > 0 ? { s3Key: { rules } } : undefined;
}

export function addS3Source(
  context: SynthContext,
  key: string,
  es: EventSourceConfig,
  target: FunctionHandle,
): void {
  const path = `event_source_config.${key}`;
  const origin = (kind: string) => ({ kind, key, path });
  if (isArn(es.source)) {
    // The notification of a bucket this stack does not own cannot be set without a custom resource.
    const bucketName = es.source.split(':').pop() ?? es.source;
    allowInvoke(
      context,
      context.ids.of(key, 'InvokePermission'),
      target,
      's3.amazonaws.com',
      es.source,
      origin('permission'),
      Fn.ref('AWS::AccountId'),
    );
    registerMessaging(context, 's3', [key], {
      arn: es.source,
      address: bucketName,
      created: false,
    });
    context.warnings.push(
      `${path}: bucket ${bucketName} is not created by this stack; its event notification to ` +
        `${target.name} must be configured on the bucket (the invoke permission is in the stack)`,
    );
    return;
  }

  const name = es.source ?? key;
  const bucketName = Fn.sub(`${context.names.name('s3', name)}-\${AWS::AccountId}`);
  const bucketArn = Fn.sub(
    `arn:\${AWS::Partition}:s3:::${context.names.name('s3', name)}-\${AWS::AccountId}`,
  );
  const permission = allowInvoke(
    context,
    context.ids.of(key, 'InvokePermission'),
    target,
    's3.amazonaws.com',
    bucketArn,
    origin('permission'),
    Fn.ref('AWS::AccountId'),
  );
  const filter = keyFilter(es.filter_prefix, es.filter_suffix);
  const notifications = (es.events ?? DEFAULT_S3_EVENTS).map((event) => ({
    event,
    function: target.invokeArn,
    ...(filter && { filter }),
  }));
  // Several sources may share one bucket (say, one function per prefix): one bucket, all
  // their notifications, waiting for all their permissions.
  const shared = context.buckets.get(name);
  if (shared) {
    shared.notifications.push(...notifications);
    shared.bucket.addResourceDependency(permission);
    return;
  }
  const all = [...notifications];
  const bucket = new CfnBucket(context.stack, context.ids.of(name, 'Bucket'), {
    bucketName,
    bucketEncryption: {
      serverSideEncryptionConfiguration: [
        { serverSideEncryptionByDefault: { sseAlgorithm: 'AES256' } },
      ],
    },
    publicAccessBlockConfiguration: {
      blockPublicAcls: true,
      blockPublicPolicy: true,
      ignorePublicAcls: true,
      restrictPublicBuckets: true,
    },
    ownershipControls: { rules: [{ objectOwnership: 'BucketOwnerEnforced' }] },
    notificationConfiguration: { lambdaConfigurations: Lazy.any({ produce: () => all }) },
  });
  bucket.addResourceDependency(permission);
  applyRemovalPolicy(context, bucket);
  markOrigin(bucket, origin('bucket'));
  context.buckets.set(name, { bucket, notifications: all });
  const policy = new CfnBucketPolicy(context.stack, context.ids.of(name, 'BucketPolicy'), {
    bucket: bucket.ref,
    policyDocument: {
      Version: '2012-10-17',
      Statement: [denyInsecureTransport([bucket.attrArn, Fn.join('', [bucket.attrArn, '/*'])])],
    },
  });
  markOrigin(policy, origin('bucket-policy'));
  // By name, not Ref: a function that reads the bucket it is notified by would otherwise
  // close a cycle (bucket -> permission -> function -> bucket).
  registerMessaging(context, 's3', [key, name], {
    arn: bucketArn,
    address: bucketName,
    created: true,
  });
}
