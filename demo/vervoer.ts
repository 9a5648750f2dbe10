/**
 * The ride page (see setup.ts for demo data versus the real API). The agenda's "Vervoer
 * nodig?" links here with ?activiteit=<occurrence>: the widget opens with that activity
 * as the destination, its day and times filled in.
 */
import { startDemo } from './setup.ts';

const occurrence = new URLSearchParams(location.search).get('activiteit');
if (occurrence) document.querySelector('buurt-ride-request')?.setAttribute('occurrence', occurrence);

await startDemo('ride-request', () => import('../src/ride-request/buurt-ride-request.ts'));
