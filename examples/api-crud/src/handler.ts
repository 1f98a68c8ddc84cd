// CRUD for items over an HTTP API (payload format 2.0). The table name comes from
// TABLE_ITEMS, which `access.dynamodb.items` in serverless.config.yml sets.
// @aws-sdk/* is provided by the nodejs22.x runtime, so esbuild leaves it out of the bundle.
import {
  DeleteItemCommand,
  DynamoDBClient,
  GetItemCommand,
  PutItemCommand,
  ScanCommand,
  type AttributeValue,
} from '@aws-sdk/client-dynamodb';
import { randomUUID } from 'node:crypto';

/** The parts of an API Gateway HTTP API (v2) event this handler reads. */
interface HttpEvent {
  routeKey: string;
  pathParameters?: Record<string, string | undefined>;
  body?: string;
  isBase64Encoded?: boolean;
}

interface HttpResult {
  statusCode: number;
  headers: Record<string, string>;
  body: string;
}

interface Item {
  id: string;
  name: string;
  updatedAt: string;
}

// Created once per execution environment, reused across invocations (keeps warm calls fast).
const dynamodb = new DynamoDBClient({});
const TABLE = process.env.TABLE_ITEMS ?? '';

export async function handler(event: HttpEvent): Promise<HttpResult> {
  try {
    const id = event.pathParameters?.id;
    switch (event.routeKey) {
      case 'GET /items':
        return json(200, await listItems());
      case 'POST /items':
        return json(201, await putItem(randomUUID(), parseName(event)));
      case 'GET /items/{id}': {
        const item = await getItem(id!);
        return item ? json(200, item) : json(404, { message: `no item ${id}` });
      }
      case 'PUT /items/{id}':
        return json(200, await putItem(id!, parseName(event)));
      case 'DELETE /items/{id}':
        await dynamodb.send(new DeleteItemCommand({ TableName: TABLE, Key: { id: { S: id! } } }));
        return { statusCode: 204, headers: {}, body: '' };
      default:
        return json(404, { message: `no route ${event.routeKey}` });
    }
  } catch (error) {
    if (error instanceof BadRequest) return json(400, { message: error.message });
    throw error;
  }
}

class BadRequest extends Error {}

function parseName(event: HttpEvent): string {
  const text = event.isBase64Encoded
    ? Buffer.from(event.body ?? '', 'base64').toString('utf8')
    : (event.body ?? '');
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new BadRequest('the body must be JSON, e.g. {"name": "pen"}');
  }
  const name = (body as { name?: unknown }).name;
  if (typeof name !== 'string' || name.trim() === '') {
    throw new BadRequest('"name" is required and must be a non-empty string');
  }
  return name.trim();
}

async function listItems(): Promise<Item[]> {
  // A Scan reads the whole table: fine for a demo; page with `Limit` and
  // `ExclusiveStartKey` (or query a GSI) once the table grows.
  const out = await dynamodb.send(new ScanCommand({ TableName: TABLE, Limit: 100 }));
  return (out.Items ?? []).map(toItem);
}

async function getItem(id: string): Promise<Item | undefined> {
  const out = await dynamodb.send(
    new GetItemCommand({ TableName: TABLE, Key: { id: { S: id } }, ConsistentRead: true }),
  );
  return out.Item ? toItem(out.Item) : undefined;
}

async function putItem(id: string, name: string): Promise<Item> {
  const item: Item = { id, name, updatedAt: new Date().toISOString() };
  await dynamodb.send(
    new PutItemCommand({
      TableName: TABLE,
      Item: { id: { S: item.id }, name: { S: item.name }, updatedAt: { S: item.updatedAt } },
    }),
  );
  return item;
}

function toItem(record: Record<string, AttributeValue>): Item {
  return {
    id: record.id?.S ?? '',
    name: record.name?.S ?? '',
    updatedAt: record.updatedAt?.S ?? '',
  };
}

function json(statusCode: number, body: unknown): HttpResult {
  return {
    statusCode,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  };
}
