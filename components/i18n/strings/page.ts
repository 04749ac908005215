/** Strings of the page features: highlights, popover, popup, reading settings. */
export const pageStrings = {
  readingTitle: { ar: 'القراءة', en: 'Reading' },
} as const;
