import { DataSource, EntityManager } from 'typeorm';

/**
 * Runs `work` in the given transaction, or in a new one: every write method
 * of a service takes an optional manager, so an import or a job can compose
 * several writes in one transaction.
 */
export function inTransaction<T>(dataSource: DataSource, manager: EntityManager | undefined, work: (manager: EntityManager) => Promise<T>): Promise<T> {
  return manager ? work(manager) : dataSource.transaction(work);
}
