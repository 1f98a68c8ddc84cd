// Retries as AWS's guidance asks for them ("Error retries and exponential backoff in AWS",
// the SDKs' standard retry behavior): every 5xx, throttling, timeouts and dropped
// connections are retried with capped exponential backoff and full jitter, whatever the
// answer's body says. The SDK already retries 500/502/503/504 and throttling; it gives up at
// once on any other 5xx (501, 505, 507, 509, ...) and on a request timeout (408), and a
// body it cannot parse (plain text, HTML, JSON from a proxy) makes a CLIENT_ERROR of them.
// This strategy is the SDK's own adaptive strategy with that classification widened.
import { AdaptiveRetryStrategy } from '@smithy/core/retry';
import type {
  RetryErrorInfo,
  RetryErrorType,
  RetryStrategyV2,
  RetryToken,
  StandardRetryToken,
} from '@smithy/types';

/** Connection-level failures Node reports by code: the request may never have arrived. */
const CONNECTION_ERROR_CODES = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'EPIPE',
  'ETIMEDOUT',
  'ECONNABORTED',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
  'ERR_STREAM_PREMATURE_CLOSE',
  'UND_ERR_SOCKET',
]);

/** Error names of timeouts. */
const TRANSIENT_NAMES = new Set(['TimeoutError', 'RequestTimeout', 'RequestTimeoutException']);

interface ErrorShape {
  readonly name?: unknown;
  readonly code?: unknown;
  readonly message?: unknown;
  readonly $metadata?: { readonly httpStatusCode?: number };
  readonly $response?: { readonly statusCode?: number };
  readonly cause?: unknown;
}

/**
 * The retry class of an error, widening the SDK's: any 5xx or 408 status (from the parsed
 * error or, when its body could not be parsed, from the raw response), a connection error
 * anywhere in the cause chain, or an answer cut short is TRANSIENT. Pure.
 */
export function widenedErrorType(sdkType: RetryErrorType, error: unknown): RetryErrorType {
  if (sdkType === 'THROTTLING' || sdkType === 'TRANSIENT') return sdkType;
  return isTransientFault(error) ? 'TRANSIENT' : sdkType;
}

export function isTransientFault(error: unknown, depth = 0): boolean {
  if (error === null || typeof error !== 'object' || depth > 5) return false;
  const e = error as ErrorShape;
  // The caller's own abort (an interrupted run) must stop, not retry.
  if (e.name === 'AbortError') return false;
  const status = e.$metadata?.httpStatusCode ?? e.$response?.statusCode;
  if (status !== undefined && (status >= 500 || status === 408)) return true;
  if (typeof e.code === 'string' && CONNECTION_ERROR_CODES.has(e.code)) return true;
  if (typeof e.name === 'string' && TRANSIENT_NAMES.has(e.name)) return true;
  // Node's words for a socket closed mid-answer; the SDK surfaces them without a code.
  if (typeof e.message === 'string' && /socket hang up|aborted|premature close/i.test(e.message)) {
    return true;
  }
  return isTransientFault(e.cause, depth + 1);
}

/** The SDK's adaptive strategy (client-side rate limiting on throttling), classification widened. */
export class FaultTolerantRetryStrategy implements RetryStrategyV2 {
  readonly mode = 'adaptive';
  private readonly inner: AdaptiveRetryStrategy;

  constructor(maxAttempts: number) {
    this.inner = new AdaptiveRetryStrategy(() => Promise.resolve(maxAttempts));
  }

  acquireInitialRetryToken(scope: string): Promise<RetryToken> {
    return this.inner.acquireInitialRetryToken(scope);
  }

  refreshRetryTokenForRetry(token: RetryToken, errorInfo: RetryErrorInfo): Promise<RetryToken> {
    return this.inner.refreshRetryTokenForRetry(token as StandardRetryToken, {
      ...errorInfo,
      errorType: widenedErrorType(errorInfo.errorType, errorInfo.error),
    });
  }

  recordSuccess(token: RetryToken): void {
    this.inner.recordSuccess(token as StandardRetryToken);
  }
}
