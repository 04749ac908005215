/** Answers the toolbar button, keyboard command and context menu (issue 4). First version: nothing yet. */
export function startPageService(): void {}
