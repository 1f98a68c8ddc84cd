// Origins read back from templates: the stack's own and its nested stacks' (pure; inputs frozen).
import { originsOf, originsOfTree } from '../../src/synth/origins';
import { ORIGIN_METADATA_KEY, type CfnTemplate } from '../../src/synth/types';
import { deepFreeze } from '../support/deep-freeze';

const marked = (origin: unknown) => ({
  Type: 'AWS::Lambda::Function',
  Metadata: { [ORIGIN_METADATA_KEY]: origin },
});

describe('originsOf', () => {
  it('maps logical ids to origins, skipping resources without one or with another shape', () => {
    const template: CfnTemplate = deepFreeze({
      Resources: {
        A: marked({ kind: 'function', key: 'a', path: 'lambda_config.a' }),
        B: { Type: 'AWS::SNS::Topic' },
        C: marked({ kind: 7, key: 'c' }),
      },
    });
    expect(originsOf(template)).toEqual({
      A: { kind: 'function', key: 'a', path: 'lambda_config.a' },
    });
  });

  it('originsOfTree merges the stack and every nested stack', () => {
    const stack = deepFreeze({
      template: {
        Resources: { T: marked({ kind: 'table', key: 't', path: 'dynamodb_config.t' }) },
      },
      nested: [
        {
          logicalId: 'Functions07',
          template: { Resources: { F: marked({ kind: 'function', key: 'f', path: 'x' }) } },
        },
      ],
    });
    expect(Object.keys(originsOfTree(stack)).sort()).toEqual(['F', 'T']);
  });
});
