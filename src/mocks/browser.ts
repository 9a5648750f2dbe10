/** The MSW worker for the demo's offline mode and the browser tests. */
import { setupWorker } from 'msw/browser';
import { handlers } from './handlers.ts';

export const worker = setupWorker(...handlers);
