// SARIF 2.1.0 for GitHub code scanning: one rule per rule id, one result per finding, located
// at the config line that produced it (code scanning needs a file location on every result).
import { createHash } from 'node:crypto';
import { isAbsolute, relative, sep } from 'node:path';
import type { ReviewResult, Finding, FindingSeverity } from '../review/types';
import { OUR_RULES } from '../review/security';
import { baseRuleId } from '../review/security/nag';

export interface SarifOptions {
  /** The config file as the user named it; results without a location point at its first line. */
  readonly configFile: string;
  /** Repository root; absolute paths are made relative to it (GitHub wants repo-relative URIs). */
  readonly baseDir: string;
  readonly toolVersion?: string;
}

type SarifLevel = 'error' | 'warning' | 'note';

const LEVEL: Readonly<Record<FindingSeverity, SarifLevel>> = {
  critical: 'error',
  high: 'error',
  medium: 'warning',
  low: 'note',
  info: 'note',
};

/** GitHub ranks security alerts by this property (0-10): critical > 9, high 7-8.9, medium 4-6.9. */
const SECURITY_SEVERITY: Readonly<Record<FindingSeverity, string>> = {
  critical: '9.5',
  high: '8.0',
  medium: '5.5',
  low: '3.0',
  info: '1.0',
};

const NAG_RULES_URL = 'https://github.com/cdklabs/cdk-nag/blob/main/RULES.md';

export function toSarif(result: Pick<ReviewResult, 'findings'>, options: SarifOptions): SarifLog {
  const ruleIds = [...new Set(result.findings.map((f) => baseRuleId(f.rule)))].sort();
  const rules = ruleIds.map((id) => describeRule(id, result.findings));
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'serverless-action',
            ...(options.toolVersion !== undefined && { version: options.toolVersion }),
            rules,
          },
        },
        results: result.findings.map((f) =>
          toResult(f, ruleIds.indexOf(baseRuleId(f.rule)), options),
        ),
      },
    ],
  };
}

function describeRule(id: string, findings: readonly Finding[]): SarifRule {
  const ours = OUR_RULES.find((r) => r.id === id);
  const worst =
    findings
      .filter((f) => baseRuleId(f.rule) === id)
      .map((f) => f.severity)
      .sort((a, b) => SEVERITY_ORDER.indexOf(a) - SEVERITY_ORDER.indexOf(b))[0] ?? 'medium';
  const example = findings.find((f) => baseRuleId(f.rule) === id);
  const title = ours?.title ?? example?.message ?? id;
  return {
    id,
    name: id.replace(/[^A-Za-z0-9]/g, ''),
    shortDescription: { text: title },
    fullDescription: { text: ours?.help ?? title },
    help: {
      text: ours ? `${ours.help}\n\nFix: ${example?.fix ?? ''}` : `See ${id} in ${NAG_RULES_URL}.`,
    },
    ...(ours === undefined && { helpUri: NAG_RULES_URL }),
    defaultConfiguration: { level: LEVEL[worst] },
    properties: {
      tags: ['security', ours ? 'serverless-action' : 'cdk-nag'],
      'security-severity': SECURITY_SEVERITY[worst],
    },
  };
}

const SEVERITY_ORDER: readonly FindingSeverity[] = ['critical', 'high', 'medium', 'low', 'info'];

function toResult(finding: Finding, ruleIndex: number, options: SarifOptions): SarifResult {
  const file = finding.location?.file ?? options.configFile;
  const uri = toRepoUri(file, options.baseDir);
  const text = `${finding.resource}: ${finding.message}${finding.fix ? ` Fix: ${finding.fix}` : ''}`;
  return {
    ruleId: baseRuleId(finding.rule),
    ruleIndex,
    level: LEVEL[finding.severity],
    message: { text },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri },
          region: {
            startLine: finding.location?.line ?? 1,
            startColumn: finding.location?.column ?? 1,
          },
        },
        ...(finding.logicalId !== undefined && {
          logicalLocations: [{ name: finding.logicalId, kind: 'resource' }],
        }),
      },
    ],
    // Stable across line moves, so an alert survives edits elsewhere in the config.
    partialFingerprints: {
      'serverless-action/v1': createHash('sha256')
        .update(`${finding.rule}\0${finding.resource}\0${finding.logicalId ?? ''}`)
        .digest('hex')
        .slice(0, 32),
    },
    properties: { severity: finding.severity, resource: finding.resource, rule: finding.rule },
    ...(finding.suppressed && {
      suppressions: [{ kind: 'external', justification: finding.suppressed.reason }],
    }),
  };
}

/** `./config/app.yml` or an absolute path -> `config/app.yml`, with forward slashes. */
export function toRepoUri(file: string, baseDir: string): string {
  const rel = isAbsolute(file) ? relative(baseDir, file) : file;
  return rel.split(sep).join('/').replace(/^\.\//, '');
}

export interface SarifLog {
  readonly $schema: string;
  readonly version: '2.1.0';
  readonly runs: readonly {
    readonly tool: {
      readonly driver: {
        name: string;
        version?: string;
        rules: SarifRule[];
      };
    };
    readonly results: readonly SarifResult[];
  }[];
}

export interface SarifRule {
  readonly id: string;
  readonly name: string;
  readonly shortDescription: { text: string };
  readonly fullDescription: { text: string };
  readonly help: { text: string };
  readonly helpUri?: string;
  readonly defaultConfiguration: { level: SarifLevel };
  readonly properties: { tags: string[]; 'security-severity': string };
}

export interface SarifResult {
  readonly ruleId: string;
  readonly ruleIndex: number;
  readonly level: SarifLevel;
  readonly message: { text: string };
  readonly locations: readonly unknown[];
  readonly partialFingerprints: Record<string, string>;
  readonly properties: Record<string, string>;
  readonly suppressions?: readonly { kind: 'external'; justification: string }[];
}
