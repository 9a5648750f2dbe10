// The sample map (a fictional village) and the index over it, shared by the search tests.
import { readFileSync } from 'node:fs';
import { createSearchIndex, type SearchField } from '../../../common/search/index.ts';
import { DEFAULT_SYNONYMS_NL } from '../../../common/search/synonyms.ts';

export interface SampleService {
  id: string;
  name: string;
  organization: string;
  kind: 'informal' | 'professional';
  categories: string[];
  description: string;
}

export const sampleMap: SampleService[] = JSON.parse(
  readFileSync(new URL('./sample-map.json', import.meta.url), 'utf8'),
).services;

/** The fields and weights the widget will use: name > categories > organisation, description. */
export const serviceFields: SearchField<SampleService>[] = [
  { name: 'name', weight: 3, get: (s) => s.name },
  { name: 'categories', weight: 2, get: (s) => s.categories },
  { name: 'organization', weight: 1, get: (s) => s.organization },
  { name: 'description', weight: 1, get: (s) => s.description },
];

export const sampleIndex = () =>
  createSearchIndex(sampleMap, { id: (s) => s.id, fields: serviceFields, synonyms: DEFAULT_SYNONYMS_NL });
