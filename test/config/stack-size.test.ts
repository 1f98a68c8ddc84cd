// A config that cannot fit one stack is refused by validation, with its line, before any
// bundling or synthesis; one that might fit is left to synth's exact count.
import { minimumResources } from '../../src/config/checks/stack-size';
import { ResolvedConfigSchema } from '../../src/config/schema';
import { analyze } from './helpers';

function functions(n: number, extra = ''): string {
  const lines = ['project_name: big', 'environment: dev', 'lambda_config:'];
  for (let i = 0; i < n; i++) {
    lines.push(`  f${i}:`, '    runtime: nodejs22.x', '    handler: index.handler');
    lines.push(`    source: src/f${i}.ts`);
    if (extra) lines.push(`    ${extra}`);
  }
  return `${lines.join('\n')}\n`;
}

describe('checkStackSize', () => {
  it('accepts 1,000 functions: they are spread over nested stacks', () => {
    const analysis = analyze(functions(1000), { probe: () => 'file' });
    expect(analysis.errors).toEqual([]);
  });

  it('refuses at the lambda_config line a config whose nested stacks cannot hold it, saying why', () => {
    // 110 routes a function: every group that holds one of 100 functions needs over 500.
    const routes = `routes: [${Array.from({ length: 110 }, (_, i) => `"GET /r${i}"`).join(', ')}]`;
    const text = functions(100, routes).replace(
      'lambda_config:',
      'api_gateway_config: {type: HTTP}\nlambda_config:',
    );
    const analysis = analyze(text, { probe: () => 'file' });
    const problem = analysis.errors.find((e) => e.message.includes('resources per stack'));
    expect(problem).toMatchObject({ line: 4 });
    expect(problem?.message).toMatch(
      /spread over 64 nested stacks by their keys, and group Functions\d\d needs at least \d+; split it into two projects$/,
    );
  });

  it('leaves a config that might fit to synth', () => {
    const analysis = analyze(functions(95), { probe: () => 'file' });
    expect(analysis.errors).toEqual([]);
  });

  it('counts routes only when there is an API', () => {
    const config = ResolvedConfigSchema.parse({
      project_name: 'x',
      lambda_config: { a: { routes: ['GET /a', 'POST /a'] } },
      dynamodb_config: { t: { hash_key: 'id', attributes: [{ name: 'id', type: 'S' }] } },
    });
    expect(minimumResources(config)).toBe(6);
    expect(minimumResources({ ...config, api_gateway_config: { type: 'HTTP' } } as never)).toBe(8);
  });
});
