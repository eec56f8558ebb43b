export * from './resources';
export * from './lazy';
