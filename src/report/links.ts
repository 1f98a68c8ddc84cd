// Links from the report to the config line a resource or finding comes from.
import type { SourceLocation } from '../errors';
import { code } from './markdown';

/** Where the config lives in the repository, at the commit the report is about. */
export interface SourceLinks {
  /** `https://github.com/owner/repo` */
  readonly repoUrl?: string;
  readonly sha?: string;
  /** The config file as the repository names it, when the location's file is not. */
  readonly configPath?: string;
}

/** `serverless.config.yml:18`: the file's name and line (the footer names the full path). */
export function lineLabel(location: SourceLocation): string {
  const name = location.file.replace(/\\/g, '/').split('/').pop() ?? location.file;
  return `${name}:${location.line}`;
}

/**
 * `[serverless.config.yml:18](https://github.com/o/r/blob/<sha>/serverless.config.yml#L18)`, or
 * the label as code when there is no repository to link to (local runs, absolute paths).
 */
export function lineLink(location: SourceLocation | undefined, links: SourceLinks): string {
  if (location === undefined) return '';
  const label = lineLabel(location);
  const path = repoPath(location.file, links.configPath);
  if (links.repoUrl === undefined || links.sha === undefined || path === undefined) {
    return code(label);
  }
  return `[${label}](${links.repoUrl}/blob/${links.sha}/${encodeURI(path)}#L${location.line})`;
}

function repoPath(file: string, configPath: string | undefined): string | undefined {
  const clean = file.replace(/\\/g, '/').replace(/^\.\//, '');
  if (!clean.startsWith('/') && !clean.startsWith('../')) return clean;
  return configPath?.replace(/\\/g, '/').replace(/^\.\//, '');
}
