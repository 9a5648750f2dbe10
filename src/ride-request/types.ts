import type { components } from '../../contract/types.ts';

type S = components['schemas'];
export type RideService = S['RideService'];
export type RideAvailability = S['RideAvailability'];
export type RideDay = S['RideDay'];
export type RideBlock = S['RideBlock'];
export type RideActivity = S['RideActivity'];
export type RidePlace = S['RidePlace'];
export type RideRequest = S['RideRequest'];
export type RideRequestCreated = S['RideRequestCreated'];
export type RideRequestBody = S['RideRequestRequest'];
export type Wheelchair = S['Wheelchair'];
export type TimeKind = S['RideTimeKind'];

/** Where to: an activity the bus serves, a common place, or any address in the area. */
export type DestinationKind = 'activity' | 'place' | 'address';

/** What the person types, kept in memory only (never in localStorage or sessionStorage). */
export interface Answers {
  /** `self`: the passenger asks; `other`: a family member or volunteer asks for them. */
  forWhom: 'self' | 'other';
  requesterName: string;
  requesterPhone: string;
  requesterEmail: string;
  relation: 'family' | 'volunteer' | 'other';
  name: string;
  phone: string;
  email: string;
  postalCode: string;
  houseNumber: string;
  street: string;
  rollator: boolean;
  wheelchair: Wheelchair;
  helpAtDoor: boolean;
  note: string;
  companions: number;
  destination: DestinationKind;
  activity: string;
  place: string;
  destPostalCode: string;
  destHouseNumber: string;
  destStreet: string;
  date: string;
  timeKind: TimeKind;
  /** `HH:MM` as typed ("10.00" is read as 10:00). */
  time: string;
  returnTrip: boolean;
  returnTime: string;
  consent: boolean;
  /** The spam trap (decision 0009): only a robot fills it in. */
  homepage: string;
}

export const emptyAnswers = (): Answers => ({
  forWhom: 'self',
  requesterName: '',
  requesterPhone: '',
  requesterEmail: '',
  relation: 'family',
  name: '',
  phone: '',
  email: '',
  postalCode: '',
  houseNumber: '',
  street: '',
  rollator: false,
  wheelchair: 'none',
  helpAtDoor: false,
  note: '',
  companions: 0,
  destination: 'activity',
  activity: '',
  place: '',
  destPostalCode: '',
  destHouseNumber: '',
  destStreet: '',
  date: '',
  timeKind: 'arrive-by',
  time: '',
  returnTrip: false,
  returnTime: '',
  consent: false,
  homepage: '',
});
