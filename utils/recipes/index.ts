export * from './schema';
export * from './validate';
export * from './apply';
export * from './learn';
