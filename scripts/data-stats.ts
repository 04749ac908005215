/**
 * npm run -s data:stats — prints one JSON object describing the dataset (see
 * DatasetStats in lib/dataset/stats.ts). Exits 1, listing the problems on standard
 * error, when the data does not validate.
 */
import { assembleDataset, contentSha256, datasetStats, formatProblem, validateDataFiles } from '../lib/dataset';
import { datasetVersion, defaultDataDir, readDataFiles } from './data-files';

const { content, sourceHosts, problems } = validateDataFiles(readDataFiles(defaultDataDir));
if (problems.length > 0) {
  console.error(`data:stats: ${problems.length} problem(s); run npm run data:build for details:`);
  for (const p of problems) console.error(`  ${formatProblem(p)}`);
  process.exit(1);
}
const { version } = datasetVersion(defaultDataDir, await contentSha256(content));
console.log(JSON.stringify(datasetStats(assembleDataset(content, version), sourceHosts)));
