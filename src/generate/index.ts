/** The synthetic dataset generator (`ll2 generate`): see generate-dataset.ts. */
export { generateDataset, type GenerateOptions } from './generate-dataset.ts';
export { DatabaseNotEmptyError } from './replace-guard.ts';
