// What is deployed now, reduced to what the report compares against: the project's own rules'
// findings on the deployed template and its logical ids. No cdk-nag here: it would double
// the review's time, and the report treats nag findings on unchanged resources as present.
import type { DeployedBaseline } from '../deploy/types';
import type { CfnTemplate } from '../synth/types';
import { findSecurityIssues } from './security';
import { allOrigins } from './template';
import { findingKey } from './types';

export function deployedBaseline(template: CfnTemplate, today: string): DeployedBaseline {
  const { findings } = findSecurityIssues(
    { template, origins: allOrigins(template), today },
    { nag: false },
  );
  return {
    findingKeys: [...new Set(findings.map(findingKey))],
    logicalIds: Object.keys(template.Resources ?? {}),
  };
}
