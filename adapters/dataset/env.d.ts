/** Build-time variables the dataset adapter reads (see pinned-keys.ts). */
interface ImportMetaEnv {
  /** JSON array of pinned feed keys, trusted only in `--mode e2e` builds. */
  readonly WXT_E2E_FEED_KEYS?: string;
}
