// Hourly schedule -> count the orders in the table and log the figure.
// A Scan with Select: COUNT reads every item; fine for a demo, use a counter item or a
// stream-maintained aggregate for a real table.
import { DynamoDBClient, ScanCommand } from '@aws-sdk/client-dynamodb';

const dynamodb = new DynamoDBClient({});

export async function handler() {
  let count = 0;
  let ExclusiveStartKey;
  do {
    const page = await dynamodb.send(
      new ScanCommand({ TableName: process.env.TABLE_ORDERS, Select: 'COUNT', ExclusiveStartKey }),
    );
    count += page.Count ?? 0;
    ExclusiveStartKey = page.LastEvaluatedKey;
  } while (ExclusiveStartKey);
  console.log(JSON.stringify({ report: 'orders', count, at: new Date().toISOString() }));
  return { count };
}
