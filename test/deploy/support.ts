// Shared by the deploy integration tests: clients on a moto endpoint with a call counter,
// an instant-ish clock, and a logger that keeps lines for assertions.
import type { CloudFormationClient } from '@aws-sdk/client-cloudformation';
import type { S3Client } from '@aws-sdk/client-s3';
import type { STSClient } from '@aws-sdk/client-sts';
import type { MiddlewareStack } from '@smithy/types';
import type { AwsClients } from '../../src/aws/clients';
import { createAwsClients } from '../../src/aws/clients';
import type { DeployDeps } from '../../src/deploy/context';
import { memoryLogger, type Clock } from '../../src/io';
import { MOTO_CREDENTIALS } from '../support/moto';

export interface CountingClients extends AwsClients {
  /** Every AWS operation sent, in order, as `Service.Operation` (e.g. `CloudFormation.DescribeStacks`). */
  readonly calls: string[];
  /** The operations the SDK sent more than once (its retries), as `Service.Operation`. */
  readonly retried: string[];
}

export function motoClients(endpoint: string, region = 'us-east-1'): CountingClients {
  const clients = createAwsClients({
    region,
    endpoint,
    credentials: {
      accessKeyId: MOTO_CREDENTIALS.AWS_ACCESS_KEY_ID,
      secretAccessKey: MOTO_CREDENTIALS.AWS_SECRET_ACCESS_KEY,
    },
  });
  const calls: string[] = [];
  const retried: string[] = [];
  // An SDK middleware: every operation the engine sends passes through it once; the
  // answer's (or error's) $metadata.attempts says how often the SDK's retry sent it.
  const count = (service: string, client: CloudFormationClient | S3Client | STSClient): void => {
    (client.middlewareStack as MiddlewareStack<object, object>).add(
      (next, context) => async (args) => {
        const name = `${service}.${(context.commandName ?? '').replace(/Command$/, '')}`;
        calls.push(name);
        const noteAttempts = (metadata: { attempts?: number } | undefined): void => {
          if ((metadata?.attempts ?? 1) > 1) retried.push(name);
        };
        try {
          const result = await next(args);
          noteAttempts((result.output as { $metadata?: { attempts?: number } }).$metadata);
          return result;
        } catch (error) {
          noteAttempts((error as { $metadata?: { attempts?: number } }).$metadata);
          throw error;
        }
      },
      { step: 'initialize', name: 'countCalls' },
    );
  };
  count('CloudFormation', clients.cloudFormation);
  count('CloudFormation', clients.cloudFormationOnce);
  count('S3', clients.s3);
  count('STS', clients.sts);
  return { ...clients, calls, retried };
}

/** Real time, short sleeps: moto finishes operations synchronously. */
export const fastClock: Clock = {
  now: () => new Date(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, Math.min(ms, 50))),
};

export function deps(
  clients: AwsClients,
): DeployDeps & { logger: ReturnType<typeof memoryLogger> } {
  return { clients, clock: fastClock, logger: memoryLogger() };
}
