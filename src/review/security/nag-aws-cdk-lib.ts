// What cdk-nag's `require("aws-cdk-lib")` resolves to in dist/ (tsconfig.json `paths`; ncc
// follows them for every request in the bundle, node_modules included).
//
// aws-cdk-lib's root index names all of its ~250 services. cdk-nag's rule files and its
// NagPack take only core members from it (Stack, CfnResource, Aspects, Validations;
// test/review/security/nag-aws-cdk-lib.test.ts fails when an upgrade needs more), but a bundler cannot know which, so through the root
// the review chunk carried every service and every bundled `review` spent seconds reading
// and compiling code it never ran. The same module as `aws-cdk-lib/core`, so `instanceof`
// and the construct tree synth built are unchanged. Outside the bundle (Jest, ts-node)
// Node resolves the real root, which exports the same objects.
export * from 'aws-cdk-lib/core';
