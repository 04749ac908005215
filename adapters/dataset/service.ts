/** Installs, syncs and publishes the dataset (issue 3). First version: nothing yet. */
export function startDatasetService(): void {}
