import type { components } from '../../contract/types.ts';

export type Occurrence = components['schemas']['Occurrence'];
export type OccurrencePage = components['schemas']['OccurrencePage'];
export type Term = components['schemas']['Term'];
export type Organization = components['schemas']['Organization'];
