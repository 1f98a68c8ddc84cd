// The stack a config names, read from its raw text when the config does not load. It keys
// the failure comment: the same sticky comment a later, fixed run updates, instead of a
// second one that would stay behind with the stale error.

import { readFile } from 'node:fs/promises';

const NAME = '[a-z0-9](?:[a-z0-9-]*[a-z0-9])?';

/** Top-level `project_name` / `environment` in YAML (unindented) or JSON (quoted keys). */
function topLevel(text: string, key: string): string | undefined {
  const yaml = new RegExp(`^${key}\\s*:\\s*["']?(${NAME})["']?\\s*(?:#.*)?$`, 'm');
  const json = new RegExp(`^\\s{0,4}"${key}"\\s*:\\s*"(${NAME})"`, 'm');
  return (yaml.exec(text) ?? json.exec(text))?.[1];
}

/** `<project_name>-<environment>`, or undefined when the text does not say. */
export function guessStackName(text: string, environment: string | undefined): string | undefined {
  const project = topLevel(text, 'project_name');
  if (project === undefined) return undefined;
  return `${project}-${environment ?? topLevel(text, 'environment') ?? 'dev'}`;
}

/** guessStackName on a file; undefined when it cannot be read (the failure says why). */
export async function guessStackNameFromFile(
  path: string,
  environment: string | undefined,
): Promise<string | undefined> {
  try {
    return guessStackName(await readFile(path, 'utf8'), environment);
  } catch {
    return undefined;
  }
}
