export * from '../schemas/recipe';
export * from './validate';
export * from './apply';
export * from './learn';
