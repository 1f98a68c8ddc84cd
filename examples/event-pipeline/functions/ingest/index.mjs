// SQS -> DynamoDB + SNS. Each message body is an order as JSON: {"order_id", "total", ...}.
// Reports failed messages one by one (ReportBatchItemFailures), so one bad order does not
// send the whole batch back to the queue.
import { DynamoDBClient, PutItemCommand } from '@aws-sdk/client-dynamodb';
import { PublishCommand, SNSClient } from '@aws-sdk/client-sns';

const dynamodb = new DynamoDBClient({});
const sns = new SNSClient({});
const YEAR_SECONDS = 365 * 24 * 3600;

export async function handler(event) {
  const batchItemFailures = [];
  for (const record of event.Records) {
    try {
      const order = JSON.parse(record.body);
      if (typeof order.order_id !== 'string') throw new Error('order_id is missing');
      await dynamodb.send(
        new PutItemCommand({
          TableName: process.env.TABLE_ORDERS,
          Item: {
            order_id: { S: order.order_id },
            total: { N: String(order.total ?? 0) },
            expires_at: { N: String(Math.floor(Date.now() / 1000) + YEAR_SECONDS) },
          },
          // Redelivered messages must not create a second order.
          ConditionExpression: 'attribute_not_exists(order_id)',
        }),
      );
      await sns.send(
        new PublishCommand({
          TopicArn: process.env.TOPIC_ARN_ORDER_EVENTS,
          Message: JSON.stringify({ type: 'order-created', order_id: order.order_id }),
        }),
      );
    } catch (error) {
      if (error.name === 'ConditionalCheckFailedException') continue; // already stored
      console.error(JSON.stringify({ messageId: record.messageId, error: String(error) }));
      batchItemFailures.push({ itemIdentifier: record.messageId });
    }
  }
  return { batchItemFailures };
}
