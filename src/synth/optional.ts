// `exactOptionalPropertyTypes` rejects `{ description: undefined }` where CDK props say
// `description?: string`. This drops the undefined entries, so optional props can be
// written as one object instead of a spread per field.

export type Optional<T> = { [K in keyof T]?: Exclude<T[K], undefined> };

export function optional<T extends Record<string, unknown>>(values: T): Optional<T> {
  return Object.fromEntries(
    Object.entries(values).filter(([, value]) => value !== undefined),
  ) as Optional<T>;
}
