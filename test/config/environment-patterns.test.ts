// environments keys as glob patterns: which apply to a stage, in which order, and what a
// malformed one reports.
import {
  applicableKeys,
  matchesPattern,
  patternProblem,
  specificity,
} from '../../src/config/environment-patterns';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validateConfig } from '../../src/config';
import { formatComposition } from '../../src/commands/validate';
import { analyze, yaml } from './helpers';

const CONFIG = yaml`
  project_name: shop
  environment: dev
  lambda_config:
    api:
      memory_size: 256
      environment:
        LEVEL: base
  tags:
    team: web
  environments:
    pr-12:
      tags:
        team: twelve
    "*":
      lambda_config:
        api:
          environment:
            LEVEL: star
            EVERY: "yes"
    pr-*:
      lambda_config:
        api:
          memory_size: 512
          environment:
            LEVEL: pr
    "*-eu":
      tags:
        region: eu
`;

describe('patterns', () => {
  it('match with * (any run) and ? (one character), whole name only', () => {
    expect(matchesPattern('pr-*', 'pr-12')).toBe(true);
    expect(matchesPattern('pr-*', 'pr-')).toBe(true);
    expect(matchesPattern('pr-*', 'prod')).toBe(false);
    expect(matchesPattern('*-eu', 'prod-eu')).toBe(true);
    expect(matchesPattern('*-eu', 'prod-eu-2')).toBe(false);
    expect(matchesPattern('pr-?', 'pr-1')).toBe(true);
    expect(matchesPattern('pr-?', 'pr-12')).toBe(false);
  });

  it('count literal characters for specificity', () => {
    expect(specificity('*')).toBe(0);
    expect(specificity('pr-*')).toBe(3);
    expect(specificity('pr-1?')).toBe(4);
  });

  it('apply least specific first, file order breaking ties, the exact name last', () => {
    // pr-* and *-12 both have three literal characters: the file's order decides.
    const keys = ['pr-12', 'pr-1*', '*', 'pr-*', '*-12', 'p?-*', 'qa'];
    expect(applicableKeys(keys, 'pr-12')).toEqual(['*', 'p?-*', 'pr-*', '*-12', 'pr-1*', 'pr-12']);
    expect(applicableKeys(keys, 'qa')).toEqual(['*', 'qa']);
  });

  it('ignore malformed ones (the validator reports them)', () => {
    expect(applicableKeys(['PR-*', 'pr-**'], 'pr-1')).toEqual([]);
    expect(patternProblem('PR-*')).toMatch(/lowercase/);
    expect(patternProblem('pr-**')).toMatch(/one "\*"/);
    expect(patternProblem('pr-*')).toBeUndefined();
  });
});

describe('a config with pattern keys', () => {
  it('merges the base, then *, then pr-*, then pr-12 for pr-12', () => {
    const { config, errors, composition } = analyze(CONFIG, { environment: 'pr-12' });
    expect(errors).toEqual([]);
    expect(config?.lambda_config['api']?.memory_size).toBe(512);
    expect(config?.lambda_config['api']?.environment).toEqual({ LEVEL: 'pr', EVERY: 'yes' });
    expect(config?.tags).toEqual({ team: 'twelve' });
    expect(composition?.layers).toEqual(['*', 'pr-*', 'pr-12']);
    expect(composition?.layerKeys['pr-*']).toEqual([
      'lambda_config.api.memory_size',
      'lambda_config.api.environment.LEVEL',
    ]);
  });

  it('gives a stage only the patterns that match it', () => {
    const eu = analyze(CONFIG, { environment: 'prod-eu' });
    expect(eu.config?.tags).toEqual({ team: 'web', region: 'eu' });
    expect(eu.config?.lambda_config['api']?.memory_size).toBe(256);
    expect(eu.composition?.layers).toEqual(['*', '*-eu']);
  });

  it('points a value at the layer that wrote it last', () => {
    const { locate } = analyze(CONFIG, { environment: 'pr-12' });
    const lines = CONFIG.split('\n');
    const line = (needle: string) => lines.findIndex((l) => l.includes(needle)) + 1;
    expect(locate(['lambda_config', 'api', 'memory_size']).line).toBe(line('memory_size: 512'));
    expect(locate(['lambda_config', 'api', 'environment', 'EVERY']).line).toBe(line('EVERY'));
    expect(locate(['tags', 'team']).line).toBe(line('team: twelve'));
  });

  it('does not warn about a stage that only patterns cover', () => {
    expect(analyze(CONFIG, { environment: 'pr-99' }).warnings).toEqual([]);
  });

  it('reports a malformed pattern at its line, and a pattern matching nothing is fine', () => {
    const text = yaml`
      project_name: shop
      environments:
        staging-*: {}
        PR-*:
          tags: { a: b }
        pr-**: {}
    `;
    const { errors } = analyze(text);
    expect(errors.map((e) => [e.line, e.message])).toEqual([
      [4, expect.stringMatching(/environment pattern "PR-\*" is not valid: .*lowercase/)],
      [6, expect.stringMatching(/environment pattern "pr-\*\*" is not valid/)],
    ]);
  });
});

describe('validate --environment', () => {
  it('lists the layers that applied and the settings each wrote', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'patterns-'));
    mkdirSync(join(dir, 'functions', 'api'), { recursive: true });
    writeFileSync(join(dir, 'functions', 'api', 'index.js'), 'exports.handler = async () => 1;');
    writeFileSync(join(dir, 'serverless.config.yml'), CONFIG);
    const result = await validateConfig(join(dir, 'serverless.config.yml'), {
      environment: 'pr-12',
    });
    expect(result.valid).toBe(true);
    const lines = formatComposition(result);
    expect(lines.slice(0, 4)).toEqual([
      'environment pr-12 (preview): the base config, then',
      '  environments.*: lambda_config.api.environment.LEVEL, lambda_config.api.environment.EVERY',
      '  environments.pr-*: lambda_config.api.memory_size, lambda_config.api.environment.LEVEL',
      '  environments.pr-12: tags.team',
    ]);
    expect(lines).toContain('preview defaults (differs from production):');
    const prod = await validateConfig(join(dir, 'serverless.config.yml'), {
      environment: 'prod',
    });
    expect(formatComposition(prod)).toEqual([
      'environment prod: the base config, then',
      '  environments.*: lambda_config.api.environment.LEVEL, lambda_config.api.environment.EVERY',
    ]);
    rmSync(dir, { recursive: true, force: true });
  });
});
