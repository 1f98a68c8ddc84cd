// REST API (proxy integration, payload 1.0): list, read and create quotes. API Gateway has
// already checked the x-api-key header and the usage plan before this code runs.
import {
  DynamoDBClient,
  GetItemCommand,
  PutItemCommand,
  ScanCommand,
} from '@aws-sdk/client-dynamodb';
import { randomUUID } from 'node:crypto';

const dynamodb = new DynamoDBClient({});
const TABLE = process.env.TABLE_QUOTES;

export async function handler(event) {
  const route = `${event.httpMethod} ${event.resource}`;
  if (route === 'GET /quotes') {
    const out = await dynamodb.send(new ScanCommand({ TableName: TABLE, Limit: 50 }));
    return json(200, (out.Items ?? []).map(toQuote));
  }
  if (route === 'GET /quotes/{id}') {
    const out = await dynamodb.send(
      new GetItemCommand({ TableName: TABLE, Key: { id: { S: event.pathParameters.id } } }),
    );
    return out.Item ? json(200, toQuote(out.Item)) : json(404, { message: 'no such quote' });
  }
  if (route === 'POST /quotes') {
    let body;
    try {
      body = JSON.parse(event.body ?? '');
    } catch {
      return json(400, { message: 'the body must be JSON, e.g. {"text": "...", "author": "..."}' });
    }
    if (typeof body.text !== 'string' || body.text === '') {
      return json(400, { message: '"text" is required' });
    }
    const quote = { id: randomUUID(), text: body.text, author: String(body.author ?? 'unknown') };
    await dynamodb.send(
      new PutItemCommand({
        TableName: TABLE,
        Item: { id: { S: quote.id }, text: { S: quote.text }, author: { S: quote.author } },
      }),
    );
    return json(201, quote);
  }
  return json(404, { message: `no route ${route}` });
}

function toQuote(item) {
  return { id: item.id?.S, text: item.text?.S, author: item.author?.S };
}

function json(statusCode, body) {
  return {
    statusCode,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  };
}
