/** Strings of the dataset status and sync (options page). */
export const datasetStrings = {
  datasetTitle: { ar: 'البيانات', en: 'Dataset' },
} as const;
