/**
 * Every message of the extension: the services' registries merged. A new message
 * is an entry in its service's registry; a new service adds its registry here.
 */
import { clipMessages } from '@/adapters/clips/messages';
import { datasetMessages } from '@/adapters/dataset/messages';
import { ownIncidentMessages } from '@/adapters/own-incidents/messages';
import { pageMessages } from '@/adapters/page/messages';
import type { Registry } from './define';

export const protocol = { ...clipMessages, ...datasetMessages, ...ownIncidentMessages, ...pageMessages } satisfies Registry;

export type Protocol = typeof protocol;

/** The registries, for the test that their types do not collide. */
export const registries: readonly Registry[] = [clipMessages, datasetMessages, ownIncidentMessages, pageMessages];
