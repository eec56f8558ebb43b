export * from './action';
export * from './assignment';
export * from './bottleneck';
export * from './content';
export * from './language';
export * from './lifecycle';
export * from './organisation';
export * from './roles';
