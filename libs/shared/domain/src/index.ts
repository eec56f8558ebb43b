export * from './language';
export * from './organisation';
export * from './roles';
