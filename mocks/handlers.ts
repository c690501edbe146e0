import { serveDataset } from './scenarios.ts';

/** The happy path: the shipped dataset. */
export const handlers = [serveDataset()];
