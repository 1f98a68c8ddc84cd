// The change set as a table, most dangerous first, each Modify row saying which properties
// change (`MemorySize 128 → 256`). Long tables fold; the attention list above them already
// names what must not be missed.
import { qualifiedId } from '../deploy/nested';
import type { PropertyChange, ResourceChange, Risk } from '../deploy/types';
import { CHANGE_ROWS, type Detail } from './detail';
import { lineLink, type SourceLinks } from './links';
import { cell, code, details, plural, table } from './markdown';
import { countsText } from './verdict';

/** Tables longer than this fold into <details>. */
export const FOLD_ROWS = 15;

export const RISK_ORDER: readonly Risk[] = [
  'data-loss',
  'replacement',
  'permissions',
  'code-only',
  'safe',
];

export const RISK_LABEL: Readonly<Record<Risk, string>> = {
  'data-loss': '🛑 data loss',
  replacement: '⚠️ replacement',
  permissions: '🔐 permissions',
  'code-only': '📦 code only',
  safe: '✅ safe',
};

const TYPE_LABEL: Readonly<Record<string, string>> = {
  'AWS::DynamoDB::Table': 'DynamoDB table',
  'AWS::Lambda::Function': 'Lambda function',
  'AWS::SQS::Queue': 'SQS queue',
  'AWS::SNS::Topic': 'SNS topic',
  'AWS::S3::Bucket': 'S3 bucket',
  'AWS::Kinesis::Stream': 'Kinesis stream',
  'AWS::Logs::LogGroup': 'log group',
  'AWS::IAM::Role': 'IAM role',
  'AWS::IAM::Policy': 'IAM policy',
  'AWS::ApiGatewayV2::Api': 'HTTP API',
  'AWS::ApiGateway::RestApi': 'REST API',
  'AWS::ApiGatewayV2::Route': 'API route',
  'AWS::Events::Rule': 'EventBridge rule',
  'AWS::CloudWatch::Alarm': 'alarm',
  'AWS::Lambda::Version': 'Lambda version',
  'AWS::Lambda::Alias': 'Lambda alias',
  'AWS::CodeDeploy::Application': 'CodeDeploy application',
  'AWS::CodeDeploy::DeploymentGroup': 'CodeDeploy deployment group',
};

/** `DynamoDB table`; the CloudFormation type when there is no shorter name. */
export function typeLabel(type: string): string {
  return TYPE_LABEL[type] ?? type;
}

export function sortChanges(changes: readonly ResourceChange[]): ResourceChange[] {
  return [...changes].sort(
    (a, b) =>
      RISK_ORDER.indexOf(a.risk) - RISK_ORDER.indexOf(b.risk) ||
      qualifiedId(a).localeCompare(qualifiedId(b), 'en', { numeric: true }),
  );
}

export function riskCounts(changes: readonly ResourceChange[]): string {
  return RISK_ORDER.map((risk) => [risk, changes.filter((c) => c.risk === risk).length] as const)
    .filter(([, count]) => count > 0)
    .map(([risk, count]) => `${count} ${RISK_LABEL[risk]}`)
    .join(' · ');
}

/**
 * `users` (`UsersTable`): the config key first, the logical id when it differs; a nested
 * stack's resource by its stack too (`Functions07/F3Function`).
 */
export function changeName(change: ResourceChange): string {
  const id = qualifiedId(change);
  return change.resource !== undefined && change.resource !== id
    ? `${code(change.resource)} (${code(id)})`
    : code(id);
}

function actionWord(c: ResourceChange): string {
  if (c.action === 'Modify' && (c.replacement === 'True' || c.replacement === 'Conditional')) {
    return c.replacement === 'True' ? 'Replace' : 'Replace?';
  }
  return c.action;
}

/** Values worth printing inline: short scalars, not policy documents or code locations. */
function inline(value: string | undefined): boolean {
  return value !== undefined && value.length <= 40 && !/^[[{]/.test(value);
}

/** `MemorySize 128 → 256`, `Environment` (an object), `Timeout (new) 30`. */
export function propertyText(p: PropertyChange): string {
  if (inline(p.before) && inline(p.after)) {
    return `${code(p.name)} ${cell(p.before!)} → ${cell(p.after!)}`;
  }
  if (p.before === undefined && inline(p.after)) return `${code(p.name)} (added) ${cell(p.after!)}`;
  if (p.after === undefined && p.before !== undefined) return `${code(p.name)} (removed)`;
  return code(p.name);
}

function whatChanges(c: ResourceChange): string {
  const parts: string[] = [];
  if (c.properties !== undefined && c.properties.length > 0) {
    parts.push(c.properties.map(propertyText).join(', '));
  }
  if (c.customName !== undefined) {
    parts.push(`**fails**: replacing needs a new name (${code(c.customName)} is taken)`);
  }
  if (c.reason) parts.push(cell(c.reason));
  return parts.join('; ');
}

export function renderChanges(
  changes: readonly ResourceChange[],
  detail: Detail,
  links: SourceLinks,
  done = false,
): string {
  if (changes.length === 0) return '';
  const sorted = sortChanges(changes);
  const shown = sorted.slice(0, CHANGE_ROWS[detail]);
  const rows = shown.map((c) => [
    RISK_LABEL[c.risk],
    actionWord(c),
    changeName(c),
    cell(typeLabel(c.type)),
    whatChanges(c),
    lineLink(c.location, links),
  ]);
  const body = table(['Risk', 'Action', 'Resource', 'Type', 'What changes', 'Config'], rows);
  const hidden = sorted.length - shown.length;
  const title = `${plural(changes.length, 'change')} (${countsText(changes, done)})`;
  return [
    `#### Changes: ${riskCounts(changes)}`,
    rows.length > FOLD_ROWS ? details(title, body) : body,
    hidden > 0 ? `…and ${plural(hidden, 'more change')} (the safest): see the job summary.` : '',
  ]
    .filter((part) => part !== '')
    .join('\n\n');
}
