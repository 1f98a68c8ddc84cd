import { guessStackName } from '../../src/action/stack-name';

describe('guessStackName', () => {
  it('reads top-level YAML keys, quoted or not, with comments', () => {
    expect(guessStackName('project_name: "shop" # the shop\nenvironment: prod\n', undefined)).toBe(
      'shop-prod',
    );
    expect(guessStackName("project_name: 'shop'\n", undefined)).toBe('shop-dev');
  });

  it('prefers the chosen environment', () => {
    expect(guessStackName('project_name: shop\nenvironment: prod\n', 'pr-3')).toBe('shop-pr-3');
  });

  it('ignores nested keys and invalid names', () => {
    expect(guessStackName('environments:\n  prod:\n    project_name: other\n', undefined)).toBe(
      undefined,
    );
    expect(guessStackName('project_name: Shop_App\n', undefined)).toBe(undefined);
    expect(
      guessStackName('project_name: shop\nlambda_config:\n  f:\n    environment: {}\n', undefined),
    ).toBe('shop-dev');
  });

  it('reads JSON configs', () => {
    expect(
      guessStackName('{\n  "project_name": "shop",\n  "environment": "qa"\n}', undefined),
    ).toBe('shop-qa');
  });
});
