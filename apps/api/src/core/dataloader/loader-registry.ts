import DataLoader from 'dataloader';
import { FindOptionsWhere, In, ObjectLiteral, Repository } from 'typeorm';

/**
 * A DataLoader that also hands out primed values at once (`now`): a list that
 * fetched its rows' relations in the same statement primes them, and field
 * resolvers returning a plain value spare graphql-js a promise per field per row.
 */
export class Loader<K, V> extends DataLoader<K, V> {
  private readonly known = new Map<K, V>();
  private readonly requested = new Set<K>();

  override load(key: K): Promise<V> {
    this.requested.add(key);
    return super.load(key);
  }

  /** As DataLoader's: the first value for a key wins, a loaded key is not overwritten. */
  override prime(key: K, value: V | PromiseLike<V> | Error): this {
    if (!this.known.has(key) && !this.requested.has(key) && !(value instanceof Error) && !isPromiseLike(value)) this.known.set(key, value);
    return super.prime(key, value);
  }

  override clear(key: K): this {
    this.known.delete(key);
    this.requested.delete(key);
    return super.clear(key);
  }

  override clearAll(): this {
    this.known.clear();
    this.requested.clear();
    return super.clearAll();
  }

  /** The primed value at once, else the promise of loading it. */
  now(key: K): V | Promise<V> {
    return this.known.has(key) ? (this.known.get(key) as V) : this.load(key);
  }
}

function isPromiseLike<V>(value: V | PromiseLike<V>): value is PromiseLike<V> {
  return typeof (value as PromiseLike<V> | null)?.then === 'function';
}

/** Applies `fn` to a value that may still be on its way, without a promise when it is already here. */
export function mapNow<V, R>(value: V | Promise<V>, fn: (v: V) => R): R | Promise<R> {
  return value instanceof Promise ? value.then(fn) : fn(value);
}

/**
 * Per-request home of the DataLoaders: every list or child field goes through
 * one, so a page of N parents costs one query per relation, not N.
 */
export class LoaderRegistry {
  private readonly loaders = new Map<string, Loader<unknown, unknown>>();

  get<K, V>(name: string, batch: DataLoader.BatchLoadFn<K, V>): Loader<K, V> {
    let loader = this.loaders.get(name) as Loader<K, V> | undefined;
    if (!loader) {
      loader = new Loader<K, V>(batch, { maxBatchSize: 1000 });
      this.loaders.set(name, loader as Loader<unknown, unknown>);
    }
    return loader;
  }
}

/** Groups rows by a key in the order of `keys`, as a DataLoader batch function must return them. */
export function groupByKey<K, R>(keys: readonly K[], rows: readonly R[], keyOf: (row: R) => K): R[][] {
  const groups = new Map<K, R[]>(keys.map((k) => [k, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return keys.map((k) => groups.get(k) ?? []);
}

/** A batch function for entities by id, in the order asked; null for ids that do not exist. */
export function byIds<T extends ObjectLiteral & { id: string }>(repository: Repository<T>): DataLoader.BatchLoadFn<string, T | null> {
  return async (ids) => {
    const rows = await repository.findBy({ id: In([...ids]) } as FindOptionsWhere<T>);
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id) ?? null);
  };
}
