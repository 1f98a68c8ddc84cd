// `serverless-action validate`: load and check the config, print every problem.
// text: one `FILE:LINE:COLUMN: severity: message` line each, then a summary line;
// json: exactly {"valid", "errors": [{path, line, column, message}], "warnings": [...]}.
// Exit 0 when valid (warnings allowed), 1 when not.
import { validateConfig, type ValidationResult } from '../config';
import { formatDiagnostic, type Diagnostic } from '../errors';
import type { Command } from './registry';

export const validateCommand: Command = async (context) => {
  const { options } = context;
  const result = await validateConfig(options.config, {
    cwd: context.cwd,
    ...(options.environment !== undefined && { environment: options.environment }),
  });
  context.print(
    options.format === 'json' ? formatJson(result) : formatText(result, options.config),
  );
  return result.valid ? 0 : 1;
};

export function formatJson(result: ValidationResult): string {
  const entry = (d: Diagnostic) => ({
    path: d.path,
    line: d.line,
    column: d.column,
    message: d.message,
  });
  return JSON.stringify(
    { valid: result.valid, errors: result.errors.map(entry), warnings: result.warnings.map(entry) },
    null,
    2,
  );
}

export function formatText(result: ValidationResult, file: string): string {
  // Errors and warnings interleaved in file order, the way an editor lists them.
  const lines = [...result.errors, ...result.warnings]
    .sort((a, b) => a.line - b.line || a.column - b.column)
    .map(formatDiagnostic);
  const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const composition = formatComposition(result);
  const summary = result.valid
    ? `${file}: valid` +
      (result.warnings.length > 0 ? ` (${count(result.warnings.length, 'warning')})` : '')
    : `${file}: invalid: ${count(result.errors.length, 'error')}, ${count(result.warnings.length, 'warning')}`;
  return [...lines, ...composition, summary].join('\n');
}

/**
 * Which `environments` keys made the stage's config, in merge order, with the settings each
 * wrote; for a preview, the defaults it got instead of production's values.
 */
export function formatComposition(result: ValidationResult): string[] {
  const { composition, environment } = result;
  if (composition === undefined || environment === undefined) return [];
  // Nothing to show for a stage that is just the base config.
  if (composition.layers.length === 0 && !composition.ephemeral) return [];
  const layers = composition.layers.map(
    (layer) =>
      `  environments.${layer}: ${(composition.layerKeys[layer] ?? []).join(', ') || '(empty)'}`,
  );
  const kind = composition.ephemeral ? ' (preview)' : '';
  const lines = [
    layers.length === 0
      ? `environment ${environment}${kind}: the base config (no environments key applies)`
      : `environment ${environment}${kind}: the base config, then`,
    ...layers,
  ];
  if (composition.previewDifferences.length > 0) {
    lines.push(
      'preview defaults (differs from production):',
      ...composition.previewDifferences.map(
        (d) => `  ${d.what}: ${d.preview} (production: ${d.production}; set ${d.path} to change)`,
      ),
    );
  }
  return lines;
}
