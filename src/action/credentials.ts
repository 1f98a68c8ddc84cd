// Credentials for this run: OIDC when `role-to-assume` is set, else the SDK's default chain
// (e.g. keys an earlier configure-aws-credentials step exported).
import * as core from '@actions/core';
import { AssumeRoleWithWebIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { assumeRoleWithOidc, sessionNameFor, type AwsCredentials } from '../aws/credentials';
import type { GithubRunContext } from '../github/context';
import type { ActionSettings } from '../inputs';
import type { Clock, Logger } from '../io';

export async function actionCredentials(
  settings: ActionSettings,
  context: GithubRunContext,
  env: NodeJS.ProcessEnv,
  clock: Clock,
  logger: Logger,
): Promise<AwsCredentials | undefined> {
  if (settings.roleToAssume === undefined) {
    logger.info('No role-to-assume: using the AWS SDK default credential chain');
    return undefined;
  }
  // AssumeRoleWithWebIdentity is unsigned: this client needs no credentials of its own.
  // One attempt per call: assumeRoleWithOidc retries with a fresh token itself.
  const sts = new STSClient({
    region: settings.region,
    maxAttempts: 1,
    ...(settings.endpointUrl !== undefined && { endpoint: settings.endpointUrl }),
  });
  try {
    const sessionName =
      settings.roleSessionName ??
      sessionNameFor(context.repository, context.runId, context.runAttempt);
    const credentials = await assumeRoleWithOidc(
      {
        roleArn: settings.roleToAssume,
        audience: settings.audience,
        sessionName,
        durationSeconds: settings.roleDurationSeconds,
      },
      {
        env,
        getIdToken: (audience) => core.getIDToken(audience),
        assumeRole: (input) => sts.send(new AssumeRoleWithWebIdentityCommand(input)),
        sleep: (ms) => clock.sleep(ms),
        setSecret: (value) => core.setSecret(value),
        logger,
      },
    );
    logger.info(`Assumed ${settings.roleToAssume} as session ${sessionName}`);
    return credentials;
  } finally {
    sts.destroy();
  }
}
