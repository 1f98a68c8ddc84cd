// dist/ resolves cdk-nag's `require("aws-cdk-lib")` to aws-cdk-lib/core
// (src/review/security/nag-aws-cdk-lib.ts). That holds only while every member cdk-nag takes
// from the root, in the files review loads, is a core member: this reads those files and
// fails, naming the member, when a cdk-nag upgrade starts to use another (say aws_ec2).
import { readFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import * as core from 'aws-cdk-lib/core';
import * as shim from '../../../src/review/security/nag-aws-cdk-lib';

const RULE_TABLE = join(__dirname, '../../../src/review/security/nag-rules.generated.ts');
const NAG = dirname(require.resolve('cdk-nag/package.json'));

/** Every cdk-nag file review can load: the rules in the table, NagPack, and what they require. */
function filesReviewLoads(): string[] {
  const table = readFileSync(RULE_TABLE, 'utf8');
  const start = [...table.matchAll(/require\('cdk-nag\/(lib\/rules\/[\w/]+)'\)/g)].map((m) =>
    join(NAG, `${m[1]}.js`),
  );
  const queue = [...start, join(NAG, 'lib/nag-pack.js'), join(NAG, 'lib/nag-rules.js')];
  const seen = new Set<string>();
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const m of readFileSync(file, 'utf8').matchAll(/require\("(\.[^"]+)"\)/g)) {
      const target = resolve(dirname(file), m[1]!);
      queue.push(existsSync(`${target}.js`) ? `${target}.js` : join(target, 'index.js'));
    }
  }
  return [...seen];
}

describe('what cdk-nag takes from the aws-cdk-lib root', () => {
  const files = filesReviewLoads();
  const members = new Set(
    files.flatMap((file) => {
      const code = readFileSync(file, 'utf8');
      // tsc's CommonJS output: `const aws_cdk_lib_1 = require("aws-cdk-lib")`, then `aws_cdk_lib_1.X`.
      const names = [...code.matchAll(/(\w+) = require\("aws-cdk-lib"\)/g)].map((m) => m[1]!);
      return names.flatMap((name) =>
        [...code.matchAll(new RegExp(`\\b${name}\\.(\\w+)`, 'g'))].map((m) => m[1]!),
      );
    }),
  );

  it('reads the rule files and NagPack (the table lists rules)', () => {
    expect(files.length).toBeGreaterThan(30);
    expect(files).toContain(join(NAG, 'lib/nag-pack.js'));
  });

  it('uses the root for Stack at least (the scan finds the members)', () => {
    expect(members).toContain('Stack');
  });

  it.each([...members].sort())('%s is a member of aws-cdk-lib/core', (member) => {
    expect(Object.keys(core)).toContain(member);
  });

  it('the shim is aws-cdk-lib/core itself: the same classes, so instanceof holds', () => {
    expect(shim.Stack).toBe(core.Stack);
    expect(shim.CfnResource).toBe(core.CfnResource);
  });
});
