/**
 * `npm run bench`: prints what it measures as it goes, then, last, one JSON object per
 * line: {"name", "value", "unit"}.
 */
import { benchDatasetInstall } from './dataset-install';
import { benchMatcher } from './matcher';
import type { Metric } from './measure';

const log = (line: string) => process.stdout.write(`# ${line}\n`);
const metrics: Metric[] = [...benchMatcher(log), ...(await benchDatasetInstall(log))];
metrics.push(...(await (await import('./export')).benchExport(log)));
metrics.push(...(await import('./events')).benchEvents(log));
metrics.push(...(await (await import('./page')).benchPage(log)));
for (const m of metrics) process.stdout.write(JSON.stringify(m) + '\n');
