/** Build-time constants of the content script (defined in wxt.config.ts). */
interface ImportMetaEnv {
  /** True in the `--mode e2e` build only: the test hooks of test-hooks.ts exist. */
  readonly MBR_TEST_HOOKS?: boolean;
}
