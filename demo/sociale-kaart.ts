/** The sociale-kaart page (see setup.ts for demo data versus the real API). */
import { startDemo } from './setup.ts';

await startDemo('social-map', () => import('../src/social-map/buurt-social-map.ts'));
