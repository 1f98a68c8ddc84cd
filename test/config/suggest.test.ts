import { closestMatch, didYouMean, editDistance } from '../../src/config/suggest';
import { parseRoute } from '../../src/config/semantics';

describe('editDistance', () => {
  it.each([
    ['timeout', 'timeout', 0],
    ['tiemout', 'timeout', 1],
    ['memory', 'memory_size', 5],
    ['kitten', 'sitting', 3],
    ['', 'abc', 3],
    ['ABC', 'abc', 0],
  ])('%s -> %s is %i', (a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance);
  });
});

describe('closestMatch', () => {
  const keys = ['runtime', 'handler', 'memory_size', 'timeout', 'environment'];
  it('finds typos, swaps, prefixes and other cases', () => {
    expect(closestMatch('tiemout', keys)).toBe('timeout');
    expect(closestMatch('memory', keys)).toBe('memory_size');
    expect(closestMatch('Handler', keys)).toBe('handler');
    expect(closestMatch('enviroment', keys)).toBe('environment');
  });
  it('offers nothing when no name is close', () => {
    expect(closestMatch('pk', ['id'])).toBeUndefined();
    expect(closestMatch('banana', keys)).toBeUndefined();
    expect(didYouMean('banana', keys)).toBe('');
  });
});

describe('parseRoute', () => {
  it.each([
    ['GET /users/{id}', 'HTTP', 'GET /users/{id}'],
    ['any /{proxy+}', 'HTTP', 'ANY /{proxy+}'],
    ['POST /', 'REST', 'POST /'],
    ['$default', 'HTTP', '$default'],
    ['$default', 'REST', 'ANY /{proxy+}'],
    ['GET /users/{user-id}/files/{path+}', 'HTTP', 'GET /users/{user-id}/files/{path+}'],
    ['$connect', 'WEBSOCKET', '$connect'],
    ['chat/send', 'WEBSOCKET', 'chat/send'],
    ['sendMessage', 'WEBSOCKET', 'sendMessage'],
  ] as const)('%s on %s is %s', (route, type, key) => {
    expect(parseRoute(route, type)).toEqual({ key });
  });

  it.each([
    ['/users', 'HTTP', 'METHOD /path'],
    ['FETCH /users', 'HTTP', 'not an HTTP method'],
    ['GET users', 'HTTP', 'must start with "/"'],
    ['GET /{proxy+}/more', 'HTTP', 'must start with "/"'],
    ['GET //x', 'HTTP', 'must start with "/"'],
    ['GET /users/', 'HTTP', 'must start with "/"'],
    ['$custom', 'WEBSOCKET', 'WebSocket routes'],
    ['GET /x', 'WEBSOCKET', 'WebSocket routes'],
  ] as const)('%s on %s is refused', (route, type, words) => {
    const parsed = parseRoute(route, type);
    expect('problem' in parsed && parsed.problem).toContain(words);
  });
});
