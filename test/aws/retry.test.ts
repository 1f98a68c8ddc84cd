// The widened retry classification, pure, on the error shapes the SDK throws: a 5xx whose
// body could not be parsed carries its status in $metadata (or only in $response).
import { isTransientFault, widenedErrorType } from '../../src/aws/retry';

const withStatus = (status: number, name = 'Error'): unknown =>
  Object.assign(new Error('@aws-sdk XML parse error: unexpected content.'), {
    name,
    $metadata: { httpStatusCode: status },
  });

describe('retry classification', () => {
  it('every 5xx is transient, whatever its body or name, and so is 408', () => {
    for (const status of [500, 501, 502, 503, 504, 505, 507, 509, 599, 408]) {
      expect(widenedErrorType('CLIENT_ERROR', withStatus(status))).toBe('TRANSIENT');
      expect(widenedErrorType('SERVER_ERROR', withStatus(status, 'Unknown'))).toBe('TRANSIENT');
    }
    const rawOnly = Object.assign(new Error('Unknown'), { $response: { statusCode: 502 } });
    expect(isTransientFault(rawOnly)).toBe(true);
  });

  it('connection resets, timeouts and cut answers are transient, also as a cause', () => {
    expect(isTransientFault(Object.assign(new Error('read'), { code: 'ECONNRESET' }))).toBe(true);
    expect(isTransientFault(Object.assign(new Error('x'), { name: 'TimeoutError' }))).toBe(true);
    expect(isTransientFault(new Error('socket hang up'))).toBe(true);
    expect(
      isTransientFault(
        new Error('wrapped', { cause: Object.assign(new Error('y'), { code: 'EPIPE' }) }),
      ),
    ).toBe(true);
  });

  it('client errors, and the caller aborting, are not retried; throttling stays throttling', () => {
    expect(widenedErrorType('CLIENT_ERROR', withStatus(400, 'ValidationError'))).toBe(
      'CLIENT_ERROR',
    );
    expect(widenedErrorType('CLIENT_ERROR', withStatus(404))).toBe('CLIENT_ERROR');
    expect(isTransientFault(Object.assign(new Error('aborted'), { name: 'AbortError' }))).toBe(
      false,
    );
    expect(widenedErrorType('THROTTLING', withStatus(400))).toBe('THROTTLING');
    expect(isTransientFault(undefined)).toBe(false);
  });
});
