/** Event extraction and matching: what an article reports, against the dataset. */
export { createEventExtractor, type EventExtractor } from './extract';
export { compareWithDataset, matchIncident, type Contradiction, type IncidentMatch } from './match';
export type { ArticleEvent } from './types';
