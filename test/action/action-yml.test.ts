import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { parseSettings } from '../../src/inputs';
import { actionOutputs } from '../../src/report/outputs';

interface ActionYml {
  runs: { using: string; main: string };
  inputs: Record<string, { description: string; default?: string }>;
  outputs: Record<string, { description: string }>;
}

const action = parse(readFileSync(join(__dirname, '../../action.yml'), 'utf8')) as ActionYml;

describe('action.yml', () => {
  it('runs dist/index.js on node24', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
  });

  it('declares exactly the inputs the action reads, each documented with a default', () => {
    const read = new Set<string>();
    parseSettings((name) => {
      read.add(name);
      return name === 'aws-region' ? 'us-east-1' : '';
    });
    expect(Object.keys(action.inputs).sort()).toEqual([...read].sort());
    for (const [name, input] of Object.entries(action.inputs)) {
      expect([name, typeof input.default]).toEqual([name, 'string']);
      expect(input.description.length).toBeGreaterThan(10);
    }
    expect(action.inputs['github-token']!.default).toBe('${{ github.token }}');
    expect(action.inputs['audience']!.default).toBe('sts.amazonaws.com');
  });

  it('parses its own defaults', () => {
    const defaults = (name: string): string => action.inputs[name]?.default ?? '';
    expect(parseSettings(defaults, { AWS_REGION: 'us-east-1' })).toMatchObject({
      config: 'serverless.config.yml',
      roleDurationSeconds: 3600,
      commentOnPr: true,
      failOn: 'none',
      allowReplacement: false,
      allowPlaceholders: false,
    });
  });

  it('declares exactly the outputs the action sets', () => {
    expect(Object.keys(action.outputs).sort()).toEqual(
      Object.keys(actionOutputs('s', undefined)).sort(),
    );
  });
});
