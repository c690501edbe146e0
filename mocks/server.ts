import { setupServer } from 'msw/node';
import { handlers } from './handlers.ts';

/** The mock backend in Node, for the specs. tests/setup.ts makes a fixture its happy path. */
export const server = setupServer(...handlers);
