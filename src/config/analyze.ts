// The whole check of one config text for one environment: parse (positions kept), merge the
// environment, schema, semantic checks, code sources; every finding becomes a diagnostic at
// its line and column. Never throws for a bad config: problems are data.
import type { Diagnostic } from '../errors';
import { checkCodeSources, probeDisk, type PathProbe } from './code-sources';
import { checkReferencedFiles } from './referenced-files';
import { dottedPath, type Finding, type Position } from './findings';
import { findingsFromIssues } from './issues';
import { makeLocator, type Locator } from './locate';
import {
  checkEnvironmentNames,
  checkRequestedEnvironment,
  withoutExtensions,
} from './checks/environments';
import { checkOtherEnvironmentKeys } from './checks/other-environments';
import { checkPreviewIsolation, existingArnUses } from './checks/isolation';
import { isPlainObject, selectEnvironment } from './merge';
import { parseConfigText } from './parse-document';
import type { RealPath } from './paths';
import type { PreviewDifference } from './preview-defaults';
import { ResolvedConfigSchema, type ResolvedConfig } from './schema';
import { declaredKeysOfData, salvageConfig } from './salvage';
import { checkSemantics } from './semantics';

export interface AnalyzeOptions {
  /** The file name diagnostics print, as the user named it. */
  readonly file: string;
  /** Absolute directory of the config file: code `source` paths resolve against it. */
  readonly dir: string;
  readonly environment?: string;
  /** A preview stage (preview defaults, isolation checks); default: by its name (`pr-*`). */
  readonly ephemeral?: boolean;
  /** YYYY-MM-DD; default: the current UTC date. */
  readonly today?: string;
  /** How code sources are looked up; default: the disk. */
  readonly probe?: PathProbe;
  /** The repository root (paths.ts `repositoryRootFor`); default: `dir`. Nothing outside it may be named. */
  readonly root?: string;
  /** How symbolic links are followed; default: the disk. */
  readonly realpath?: RealPath;
}

export interface Analysis {
  readonly errors: readonly Diagnostic[];
  readonly warnings: readonly Diagnostic[];
  /** The chosen environment (the flag, else the file's `environment`, else "dev"). */
  readonly environment: string;
  /** Set when there are no errors. */
  readonly config?: ResolvedConfig;
  /** `project_name` when it is valid, even if other parts of the config are not. */
  readonly projectName?: string;
  readonly locate: Locator;
  /** How the stage's config was put together: which layers, which preview defaults. */
  readonly composition?: Composition;
}

/** What `validate --environment pr-12` shows and the preview's comment lists. */
export interface Composition {
  readonly ephemeral: boolean;
  /** `environments` keys merged over the base, in order: patterns, then the exact name. */
  readonly layers: readonly string[];
  /** Top-level config keys each layer wrote, by layer. */
  readonly layerKeys: Readonly<Record<string, readonly string[]>>;
  readonly previewDifferences: readonly PreviewDifference[];
}

export function analyzeConfigText(text: string, options: AnalyzeOptions): Analysis {
  const parsed = parseConfigText(text);
  const fallbackEnvironment = options.environment ?? 'dev';
  if (parsed.value === undefined) {
    const locate = makeLocator(parsed.index);
    return finish(parsed.findings, options.file, locate, fallbackEnvironment);
  }
  const selection = selectEnvironment(withoutExtensions(parsed.value), options.environment, {
    ...(options.ephemeral !== undefined && { ephemeral: options.ephemeral }),
  });
  const locate = makeLocator(parsed.index, selection.layers);
  const findings: Finding[] = [
    ...parsed.findings,
    ...selection.findings,
    ...checkEnvironmentNames(parsed.value['environments']),
    ...checkRequestedEnvironment(parsed.value['environments'], options.environment),
    ...checkOtherEnvironmentKeys(parsed.value['environments'], selection.layers),
  ];

  const result = ResolvedConfigSchema.safeParse(selection.merged);
  let config: ResolvedConfig;
  if (result.success) {
    config = result.data;
  } else {
    const issues = result.error.issues.filter(
      // A bad --environment is reported once, above, not again as the merged `environment`.
      (issue) =>
        !(
          options.environment !== undefined &&
          issue.path.length === 1 &&
          issue.path[0] === 'environment'
        ),
    );
    findings.push(
      ...findingsFromIssues(issues, {
        schema: ResolvedConfigSchema,
        data: selection.merged,
        extraRootKeys: ['environments'],
      }),
    );
    config = salvageConfig(selection.merged);
  }
  const containment = {
    root: options.root ?? options.dir,
    ...(options.realpath !== undefined && { realpath: options.realpath }),
  };
  findings.push(
    ...checkSemantics({
      config,
      declared: declaredKeysOfData(selection.merged),
      today: options.today ?? new Date().toISOString().slice(0, 10),
    }),
    ...checkCodeSources(config, options.dir, options.probe ?? probeDisk, containment),
    ...checkReferencedFiles(config, options.dir, options.probe ?? probeDisk, containment),
    ...checkPreviewIsolation(
      config,
      selection.ephemeral,
      parsed.value['environments'],
      selection.layers,
    ),
  );
  const composition: Composition = {
    ephemeral: selection.ephemeral,
    layers: selection.layers,
    layerKeys: layerKeysOf(parsed.value['environments'], selection.layers),
    previewDifferences: [
      ...selection.previewDifferences,
      ...(selection.ephemeral ? sharedDifferences(config) : []),
    ],
  };
  const analysis = {
    ...finish(findings, options.file, locate, selection.environment),
    composition,
  };
  return analysis.errors.length === 0
    ? { ...analysis, config, projectName: config.project_name }
    : {
        ...analysis,
        ...(config.project_name !== undefined && { projectName: config.project_name }),
      };
}

/** Existing resources a preview uses with production (`shared: true`): the comment says so. */
function sharedDifferences(config: ResolvedConfig): PreviewDifference[] {
  return existingArnUses(config)
    .filter((use) => config.event_source_config[use.key]?.shared === true)
    .map((use) => ({
      what: `${use.key}: shared with production`,
      path: use.path,
      preview: `the same ${use.arn} (shared: true)`,
      production: use.arn,
    }));
}

/** The keys each applied layer wrote, dotted to the leaves (`lambda_config.api.memory_size`). */
function layerKeysOf(
  environments: unknown,
  layers: readonly string[],
): Record<string, readonly string[]> {
  const leaves = (value: unknown, prefix: string): string[] =>
    isPlainObject(value) && Object.keys(value).length > 0
      ? Object.entries(value).flatMap(([key, inner]) =>
          leaves(inner, prefix === '' ? key : `${prefix}.${key}`),
        )
      : [prefix];
  return Object.fromEntries(
    layers.map((layer) => [
      layer,
      isPlainObject(environments) ? leaves(environments[layer], '') : [],
    ]),
  );
}

function finish(
  findings: readonly Finding[],
  file: string,
  locate: Locator,
  environment: string,
): Analysis {
  const diagnostics = dedupe(findings.map((f) => toDiagnostic(f, file, locate))).sort(byPosition);
  return {
    errors: diagnostics.filter((d) => d.severity === 'error'),
    warnings: diagnostics.filter((d) => d.severity === 'warning'),
    environment,
    locate,
  };
}

function toDiagnostic(finding: Finding, file: string, locate: Locator): Diagnostic {
  const position: Position = finding.position ?? locate(finding.path, finding.at ?? 'value');
  return {
    file,
    line: position.line,
    column: position.column,
    severity: finding.severity,
    path: dottedPath(finding.path),
    message: finding.message,
  };
}

function dedupe(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return diagnostics.filter((d) => {
    const key = `${d.line}:${d.column}:${d.severity}:${d.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function byPosition(a: Diagnostic, b: Diagnostic): number {
  return a.line - b.line || a.column - b.column || a.message.localeCompare(b.message);
}
