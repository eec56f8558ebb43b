export * from './resources';
export * from './lazy';
export * from './format';
