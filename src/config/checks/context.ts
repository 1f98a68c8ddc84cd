// What every semantic check reads: the schema-checked config, plus the keys the file
// declares (including entries the schema rejected, so a reference to a function whose
// memory_size is wrong is not also reported as a reference to a missing function).
import type { ResolvedConfig } from '../schema';

export interface DeclaredKeys {
  readonly functions: ReadonlySet<string>;
  readonly tables: ReadonlySet<string>;
  readonly eventSources: ReadonlySet<string>;
}

export interface SemanticContext {
  readonly config: ResolvedConfig;
  readonly declared: DeclaredKeys;
  /** YYYY-MM-DD, for runtime deprecation dates. */
  readonly today: string;
}

export function declaredKeysOf(config: ResolvedConfig): DeclaredKeys {
  return {
    functions: new Set(Object.keys(config.lambda_config)),
    tables: new Set(Object.keys(config.dynamodb_config)),
    eventSources: new Set(Object.keys(config.event_source_config)),
  };
}

/** True for values a check should treat as written: YAML `null` means "not set", like the seed's. */
export function isSet<T>(value: T | null | undefined): value is T {
  return value !== undefined && value !== null;
}

export function isArn(value: string): boolean {
  return value.startsWith('arn:');
}
