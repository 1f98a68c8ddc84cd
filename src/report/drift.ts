// The drift section: resources changed outside CloudFormation since the last deploy, with
// the properties that differ (expected = the template, actual = the account). Stateful
// resources first: a deploy over their drift is refused unless allowed.
import type { DriftReport } from '../deploy/drift';
import type { Detail } from './detail';
import { cell, code, details, plural, table } from './markdown';

/** Rows each level keeps; stateful rows sort first, so they stay. */
const DRIFT_ROWS: Readonly<Record<Detail, number>> = { full: 200, compact: 50, minimal: 10 };
/** Characters of an expected / actual value shown in a cell. */
const VALUE_CHARS = 80;

function short(value: string | undefined): string {
  if (value === undefined) return '—';
  return code(value.length > VALUE_CHARS ? `${value.slice(0, VALUE_CHARS - 1)}…` : value);
}

export function renderDrift(drift: DriftReport, detail: Detail): string {
  if (drift.status === 'UNKNOWN') {
    return `**Drift:** unknown — ${cell(drift.reason ?? 'detection did not finish')}`;
  }
  if (drift.resources.length === 0) {
    return '**Drift:** none — every resource matches the deployed template.';
  }
  const stateful = drift.resources.filter((r) => r.stateful).length;
  const rows = drift.resources.flatMap((r) => {
    const name = `${r.stateful ? '🛑 ' : ''}${r.resource !== undefined ? `${code(r.resource)} ` : ''}${code(r.logicalId)}`;
    if (r.status === 'DELETED' || r.properties.length === 0) {
      return [[name, cell(r.type), r.status === 'DELETED' ? 'deleted' : 'modified', '—', '—']];
    }
    return r.properties.map((p, i) => [
      i === 0 ? name : '',
      i === 0 ? cell(r.type) : '',
      code(p.path),
      short(p.expected),
      short(p.actual),
    ]);
  });
  const kept = rows.slice(0, DRIFT_ROWS[detail]);
  const body = [
    table(['Resource', 'Type', 'Property', 'Template', 'Actual'], kept),
    kept.length < rows.length
      ? `…and ${rows.length - kept.length} more rows (see the job summary)`
      : '',
  ]
    .filter((p) => p !== '')
    .join('\n\n');
  const summary =
    `<b>Drift:</b> ${plural(drift.resources.length, 'resource')} changed outside CloudFormation` +
    (stateful > 0 ? ` (${stateful} stateful: a deploy over them needs allow-drift)` : '');
  return details(summary, body, stateful > 0);
}
