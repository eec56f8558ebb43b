/**
 * The environment variables the API reads, each with its rule and default.
 * `loadConfig` turns them into a typed `AppConfig`; a missing or invalid value
 * stops the process with one line that names the variable and the rule.
 * The README's configuration table lists exactly these names (a test checks).
 */
export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    readonly rule: string,
  ) {
    super(`Configuration error: ${variable} ${rule}.`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

export interface VariableSpec<T> {
  name: string;
  description: string;
  /** Shown in the README; `undefined` means the variable is required. */
  defaultText?: string;
  read(env: Env): T;
}

function raw(env: Env, name: string): string | undefined {
  const value = env[name];
  return value === undefined || value.trim() === '' ? undefined : value.trim();
}

export function required(name: string, description: string, parse: (value: string) => string): VariableSpec<string> {
  return {
    name,
    description,
    read(env) {
      const value = raw(env, name);
      if (value === undefined) throw new ConfigError(name, 'is required but not set');
      return parse(value);
    },
  };
}

export function optionalString(name: string, description: string, fallback: string | null): VariableSpec<string | null> {
  return {
    name,
    description,
    defaultText: fallback ?? '(none)',
    read: (env) => raw(env, name) ?? fallback,
  };
}

export function integer(name: string, description: string, fallback: number, min: number, max: number): VariableSpec<number> {
  return {
    name,
    description,
    defaultText: String(fallback),
    read(env) {
      const value = raw(env, name);
      if (value === undefined) return fallback;
      if (!/^-?\d+$/.test(value)) throw new ConfigError(name, `must be a whole number between ${min} and ${max}`);
      const parsed = Number.parseInt(value, 10);
      if (parsed < min || parsed > max) throw new ConfigError(name, `must be a whole number between ${min} and ${max}`);
      return parsed;
    },
  };
}

export function boolean(name: string, description: string, fallback: boolean): VariableSpec<boolean> {
  return {
    name,
    description,
    defaultText: String(fallback),
    read(env) {
      const value = raw(env, name)?.toLowerCase();
      if (value === undefined) return fallback;
      if (['true', '1', 'yes'].includes(value)) return true;
      if (['false', '0', 'no'].includes(value)) return false;
      throw new ConfigError(name, 'must be true or false');
    },
  };
}

export function oneOf<T extends string>(name: string, description: string, values: readonly T[], fallback: T): VariableSpec<T> {
  return {
    name,
    description,
    defaultText: fallback,
    read(env) {
      const value = raw(env, name);
      if (value === undefined) return fallback;
      if (!(values as readonly string[]).includes(value)) throw new ConfigError(name, `must be one of ${values.join(', ')}`);
      return value as T;
    },
  };
}

/** Parses an absolute URL whose scheme is one of `protocols`; the value itself is never echoed (it may hold a password). */
export function parseUrl(name: string, protocols: readonly string[]): (value: string) => string {
  return (value) => {
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      throw new ConfigError(name, `must be a URL starting with ${protocols.map((p) => `${p}//`).join(' or ')}`);
    }
    if (!protocols.includes(url.protocol) || !url.hostname) {
      throw new ConfigError(name, `must be a URL starting with ${protocols.map((p) => `${p}//`).join(' or ')}`);
    }
    return value;
  };
}
