import type { components } from '../../contract/types.ts';

type Schemas = components['schemas'];
export type SocialMap = Schemas['SocialMap'];
export type SocialMapService = Schemas['SocialMapService'];
export type ServiceCategory = Schemas['ServiceCategory'];
export type HelpKind = Schemas['HelpKind'];
export type OpeningHours = Schemas['OpeningHours'];
export type Village = Schemas['Village'];

/** The two kinds of help a volunteer filters on; a `both` service counts for each. */
export type KindFilter = 'informal' | 'professional';
