import fc from 'fast-check';
import { LogicalIds, NAME_RULES, Namer, fitName, pascalCase } from '../../src/synth/names';

describe('names', () => {
  it('keeps <project>-<env>-<key> when it fits the rules', () => {
    expect(new Namer('shop', 'prod').name('lambda', 'api-handler')).toBe('shop-prod-api-handler');
    expect(new Namer('shop', 'prod').name('sqs', 'orders', 'dlq')).toBe('shop-prod-orders-dlq');
  });

  it('shortens long names with a hash, within the limit', () => {
    const long = 'k'.repeat(64);
    const name = new Namer('project', 'staging').name('lambda', long);
    expect(name.length).toBeLessThanOrEqual(64);
    expect(name).toMatch(/^project-staging-k+-[0-9a-f]{8}$/);
  });

  it('never gives the same long key the same name in two environments', () => {
    const long = 'very-long-function-name-that-will-not-fit-in-sixty-four-characters';
    const a = new Namer('p', 'dev').name('lambda', long);
    const b = new Namer('p', 'pr-1').name('lambda', long);
    expect(a).not.toBe(b);
  });

  it('lowercases bucket names, replaces invalid characters and keeps room for the account id', () => {
    const name = new Namer('shop', 'dev').name('s3', 'Up_Loads');
    expect(name).toMatch(/^[a-z0-9-]+$/);
    expect(name.length).toBeLessThanOrEqual(63 - 13);
    // Changed characters mean a hash: `up-loads` and `Up_Loads` stay distinct.
    expect(name).not.toBe(new Namer('shop', 'dev').name('s3', 'up-loads'));
  });

  it('property: fitted names obey the rule and distinct inputs stay distinct', () => {
    const key = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9_-]{0,80}$/);
    fc.assert(
      fc.property(
        key,
        key,
        fc.constantFrom(...(Object.keys(NAME_RULES) as (keyof typeof NAME_RULES)[])),
        (a, b, kind) => {
          const rule = NAME_RULES[kind];
          const fa = fitName(`p-dev-${a}`, rule);
          const fb = fitName(`p-dev-${b}`, rule);
          expect(fa.length).toBeLessThanOrEqual(
            rule.maxLength - ('reserve' in rule ? rule.reserve : 0),
          );
          expect(fa.replace(rule.invalid, '')).toBe(fa);
          if (a !== b) expect(fa).not.toBe(fb);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('makes logical ids from keys and keeps them unique', () => {
    expect(pascalCase('api-handler')).toBe('ApiHandler');
    const ids = new LogicalIds();
    const first = ids.of('a-b', 'Function');
    const second = ids.of('a_b', 'Function');
    expect(first).toBe('ABFunction');
    expect(second).toMatch(/^AB[0-9A-F]{8}Function$/);
    expect(ids.of('1st', 'Queue')).toBe('R1stQueue');
  });
});
