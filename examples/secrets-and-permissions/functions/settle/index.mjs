// Settlement messages from the payments team's queue: {"charge_id"} per message. Marks the
// charge settled; failed messages are reported one by one (ReportBatchItemFailures).
import { DynamoDBClient, UpdateItemCommand } from '@aws-sdk/client-dynamodb';

const dynamodb = new DynamoDBClient({});

export async function handler(event) {
  const batchItemFailures = [];
  for (const record of event.Records) {
    try {
      const { charge_id: chargeId } = JSON.parse(record.body);
      await dynamodb.send(
        new UpdateItemCommand({
          TableName: process.env.TABLE_CHARGES,
          Key: { charge_id: { S: chargeId } },
          UpdateExpression: 'SET #status = :settled',
          ConditionExpression: 'attribute_exists(charge_id)',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: { ':settled': { S: 'settled' } },
        }),
      );
    } catch {
      batchItemFailures.push({ itemIdentifier: record.messageId });
    }
  }
  return { batchItemFailures };
}
