// A `routes` entry is either the route itself ("POST /users") or a mapping that carries
// the route's own settings ({route: "POST /users", request_schema: schemas/user.json}).
import type { LambdaFunctionConfig } from './schema';

export type RouteEntry = NonNullable<LambdaFunctionConfig['routes']>[number];
export type RouteSettings = Exclude<RouteEntry, string>;

/** The route as written: `"POST /users"`, `"$connect"`. */
export function routeText(entry: RouteEntry): string {
  return typeof entry === 'string' ? entry : entry.route;
}

/** The route's own settings; none for a plain string. */
export function routeSettings(entry: RouteEntry): Omit<RouteSettings, 'route'> {
  if (typeof entry === 'string') return {};
  const { route, ...settings } = entry;
  void route;
  return settings;
}

/** Where a route's text sits in the file: the entry itself, or its `route` key. */
export function routeTextPath(
  functionKey: string,
  index: number,
  entry: RouteEntry,
): (string | number)[] {
  const path: (string | number)[] = ['lambda_config', functionKey, 'routes', index];
  return typeof entry === 'string' ? path : [...path, 'route'];
}
