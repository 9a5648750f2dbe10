/** What each part of the coordinator's mocks gets from beheer-mock.ts: problems, the CSRF check, paths, who is signed in. */
import type { components, paths } from '../../contract/types.ts';

type S = components['schemas'];
export type Problem = (status: number, type: string, title: string, detail?: string, errors?: S['Problem']['errors']) => Response;
export type Tools = { problem: Problem; csrfRefused: (r: Request) => Response | undefined; any: <P extends keyof paths>(p: P) => string; account: () => S['BeheerAccount'] };
