/** Registers every Buurtkit element. Each widget also has its own entry (e.g. agenda/buurt-agenda.ts). */
export * from './agenda/buurt-agenda.ts';
export * from './social-map/buurt-social-map.ts';
export * from './volunteer-signup/buurt-volunteer-signup.ts';
export * from './ride-request/buurt-ride-request.ts';
export { ApiError } from './api/errors.ts';
