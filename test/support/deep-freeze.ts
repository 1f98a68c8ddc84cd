// Freezes a value and everything it holds, so a function that writes to its input throws
// (strict mode) instead of changing it silently: "pure means pure".
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value as Record<string, unknown>)) deepFreeze(child);
  }
  return value;
}
