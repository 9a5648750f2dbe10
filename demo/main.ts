/** The agenda page (see setup.ts for demo data versus the real API). */
import { startDemo } from './setup.ts';

await startDemo('agenda', () => import('../src/agenda/buurt-agenda.ts'));
