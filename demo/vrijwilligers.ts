/**
 * The volunteer page (see setup.ts for demo data versus the real API). The agenda's
 * "Help mee" links here with ?dienst=<occurrence>: the widget opens on that shift.
 */
import { startDemo } from './setup.ts';

const shift = new URLSearchParams(location.search).get('dienst');
if (shift) document.querySelector('buurt-volunteer-signup')?.setAttribute('occurrence', shift);

await startDemo('volunteer-signup', () => import('../src/volunteer-signup/buurt-volunteer-signup.ts'));
