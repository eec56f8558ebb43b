export * from './language';
export * from './organisation';
