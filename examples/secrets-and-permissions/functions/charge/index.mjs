// POST /charges: records a charge. The provider's API key and the webhook signing key are
// read at run time from where `secrets` says they live; the environment holds only their
// names. Values are cached for the life of the execution environment, never logged.
import { DynamoDBClient, PutItemCommand } from '@aws-sdk/client-dynamodb';
import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { GetParameterCommand, SSMClient } from '@aws-sdk/client-ssm';
import { randomUUID } from 'node:crypto';

const dynamodb = new DynamoDBClient({});
const secretsManager = new SecretsManagerClient({});
const ssm = new SSMClient({});

let providerApiKey;
let signingKey;

/** The secret named by PROVIDER_API_KEY; its JSON key is in PROVIDER_API_KEY_JSON_KEY. */
async function getProviderApiKey() {
  if (providerApiKey === undefined) {
    const secret = await secretsManager.send(
      new GetSecretValueCommand({ SecretId: process.env.PROVIDER_API_KEY }),
    );
    providerApiKey = JSON.parse(secret.SecretString)[process.env.PROVIDER_API_KEY_JSON_KEY];
  }
  return providerApiKey;
}

/** The SecureString named by WEBHOOK_SIGNING_KEY, decrypted by SSM. */
async function getSigningKey() {
  if (signingKey === undefined) {
    const parameter = await ssm.send(
      new GetParameterCommand({ Name: process.env.WEBHOOK_SIGNING_KEY, WithDecryption: true }),
    );
    signingKey = parameter.Parameter.Value;
  }
  return signingKey;
}

export async function handler(event) {
  const body = JSON.parse(event.body ?? '{}');
  if (typeof body.customer_id !== 'string' || typeof body.amount !== 'number') {
    return { statusCode: 400, body: JSON.stringify({ error: 'customer_id and amount required' }) };
  }
  // Both keys would be used to call the provider and sign its webhook; here they only gate.
  const [apiKey, key] = await Promise.all([getProviderApiKey(), getSigningKey()]);
  if (!apiKey || !key) return { statusCode: 503, body: '{"error":"billing is not configured"}' };
  const chargeId = randomUUID();
  await dynamodb.send(
    new PutItemCommand({
      TableName: process.env.TABLE_CHARGES,
      Item: {
        charge_id: { S: chargeId },
        customer_id: { S: body.customer_id },
        amount: { N: String(body.amount) },
        status: { S: 'pending' },
      },
    }),
  );
  return { statusCode: 201, body: JSON.stringify({ charge_id: chargeId }) };
}
