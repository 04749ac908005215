/**
 * The dataset model: schemas and types of bases, militias and incidents, the
 * checks a release must pass, the snapshot file, versions, feed manifests and
 * their signatures. Pure: runs in Node, the tests and every extension context.
 */
export * from './schema';
export type { Problem } from './problems';
export { formatProblem } from './problems';
export { loadDataFiles, isDataFilePath, withCurrentGroups, withCurrentUmbrellas, type DataFile } from './load';
export { RETIRED_ENTITY_IDS, resolveEntityId } from './retired-ids';
export { runChecks, FIRST_INCIDENT_DAY, type CheckOptions } from './checks';
export { validateDataFiles, type Validated } from './validate';
export {
  SOURCE_CLASSES, SOURCE_HOSTS_FILE, hasAgencyOrOfficial, parseSourceHosts, sourceClass, sourceHost, type SourceClass, type SourceHost, type SourceHostTable,
} from './source-hosts';
export { compareVersions, isVersion, versionAt } from './version';
export { assembleDataset, serializeDataset, contentSha256, parseDatasetFile } from './snapshot';
export { datasetStats, type DatasetStats } from './stats';
export { createManifest, verifyManifest, verifyManifestSignature, isExpired, manifestMessage, DEFAULT_FEED_LIFETIME_DAYS, MAX_FEED_LIFETIME_DAYS, datasetFileName, ManifestSchema, type Manifest, type FeedCheck, type FeedError } from './manifest';
export { generateSigningKey, importSigningKey, keyId, type PinnedKey, type SigningKey } from './signing';
export { feedKeyWarning, readPinnedKeys } from './feed-keys';
