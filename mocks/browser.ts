import { setupWorker } from 'msw/browser';
import { handlers } from './handlers.ts';
import { scenarios } from './scenarios.ts';

export async function startMockWorker(name: string) {
  const scenario = scenarios[name as keyof typeof scenarios];
  const worker = setupWorker(...(scenario ? [scenario()] : []), ...handlers);
  await worker.start({ onUnhandledRequest: 'bypass', quiet: true });
}
