// A fault-injecting HTTP proxy on loopback, in front of moto: a bad day on the network,
// reproducible. Each request, by a seeded random draw, is forwarded untouched or meets one
// fault: a 5xx with an XML, JSON, plain-text or HTML body; throttling; a connection reset
// before the request reaches moto or after moto acted (the answer is lost); a 503 in place
// of the real answer; a slow answer. Same seed, same faults in the same order.
import { createServer, request, type IncomingMessage, type ServerResponse } from 'node:http';

export type FaultKind =
  | '5xx-xml'
  | '5xx-json'
  | '5xx-plain'
  | '5xx-html'
  | '501-plain'
  | 'throttle'
  | 'reset-before'
  | 'reset-after'
  | 'answer-lost-503'
  | 'slow';

export const FAULT_KINDS: readonly FaultKind[] = [
  '5xx-xml',
  '5xx-json',
  '5xx-plain',
  '5xx-html',
  '501-plain',
  'throttle',
  'reset-before',
  'reset-after',
  'answer-lost-503',
  'slow',
];

export interface FaultProxy {
  readonly endpoint: string;
  /** Requests seen and faults injected, by kind. */
  readonly stats: { requests: number; faults: Record<FaultKind, number> };
  /** Stop injecting (cleanup and assertions go straight through). */
  pause(): void;
  resume(): void;
  stop(): Promise<void>;
}

export interface FaultProxyOptions {
  /** The moto endpoint, `http://127.0.0.1:PORT`. */
  readonly target: string;
  readonly seed: number;
  /** Share of requests that meet a fault, 0..1. */
  readonly rate: number;
  /** Delay of a slow answer. */
  readonly slowMs?: number;
}

/** mulberry32: a small, well-known seeded generator; enough for fault schedules. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export async function startFaultProxy(options: FaultProxyOptions): Promise<FaultProxy> {
  const target = new URL(options.target);
  const random = seededRandom(options.seed);
  const faults = Object.fromEntries(FAULT_KINDS.map((k) => [k, 0])) as Record<FaultKind, number>;
  const stats = { requests: 0, faults };
  let paused = false;

  const forward = (
    req: IncomingMessage,
    body: Buffer,
    answer: (status: number, headers: IncomingMessage['headers'], data: Buffer) => void,
  ): void => {
    const upstream = request(
      {
        host: target.hostname,
        port: target.port,
        method: req.method,
        path: req.url,
        headers: req.headers,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => answer(res.statusCode ?? 502, res.headers, Buffer.concat(chunks)));
      },
    );
    upstream.on('error', () => answer(502, {}, Buffer.from('upstream error')));
    upstream.end(body);
  };

  const send = (res: ServerResponse, status: number, type: string, text: string): void => {
    res.writeHead(status, { 'content-type': type, 'content-length': Buffer.byteLength(text) });
    res.end(text);
  };

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      stats.requests++;
      // CloudFormation and STS speak the query protocol (POST /); the rest is S3, path-style.
      const query = req.method === 'POST' && req.url === '/';
      const kind =
        paused || random() >= options.rate
          ? undefined
          : FAULT_KINDS[Math.floor(random() * FAULT_KINDS.length)]!;
      if (kind !== undefined) faults[kind]++;
      const passThrough = (): void =>
        forward(req, body, (status, headers, data) => {
          res.writeHead(status, headers);
          res.end(data);
        });
      switch (kind) {
        case undefined:
          return passThrough();
        case '5xx-xml':
          return query
            ? send(
                res,
                500,
                'text/xml',
                '<ErrorResponse><Error><Type>Receiver</Type><Code>InternalFailure</Code><Message>We encountered an internal error. Please try again.</Message></Error><RequestId>fault</RequestId></ErrorResponse>',
              )
            : send(
                res,
                500,
                'application/xml',
                '<Error><Code>InternalError</Code><Message>We encountered an internal error. Please try again.</Message></Error>',
              );
        case '5xx-json':
          return send(res, 500, 'application/json', '{"message":"Internal server error"}');
        case '5xx-plain':
          return send(res, 503, 'text/plain', 'Service Unavailable');
        case '5xx-html':
          return send(res, 502, 'text/html', '<html><body><h1>502 Bad Gateway</h1></body></html>');
        case '501-plain':
          return send(res, 501, 'text/plain', 'Not Implemented');
        case 'throttle':
          return query
            ? send(
                res,
                400,
                'text/xml',
                '<ErrorResponse><Error><Type>Sender</Type><Code>Throttling</Code><Message>Rate exceeded</Message></Error><RequestId>fault</RequestId></ErrorResponse>',
              )
            : send(
                res,
                503,
                'application/xml',
                '<Error><Code>SlowDown</Code><Message>Please reduce your request rate.</Message></Error>',
              );
        case 'reset-before':
          return void req.socket.destroy();
        case 'reset-after':
          return forward(req, body, () => req.socket.destroy());
        case 'answer-lost-503':
          return forward(req, body, () => send(res, 503, 'text/plain', 'Service Unavailable'));
        case 'slow':
          return void setTimeout(passThrough, options.slowMs ?? 300);
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    stats,
    pause: () => {
      paused = true;
    },
    resume: () => {
      paused = false;
    },
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
