/**
 * Writes adapters/page/engine/folds.generated.json: the normaliser's fold table,
 * encoded, for content scripts (see adapters/page/engine/fold-table-codec.ts).
 * Run after changing lib/text or lib/language/ar/letters.ts:
 *   npx tsx scripts/page-folds.ts
 * tests/adapters/page/engine/page-finder.test.ts fails while the file is stale.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { encodeFoldTable } from '../adapters/page/engine/fold-table-codec';
import { arabicFolds } from '../lib/language/ar';
import { buildFoldTable } from '../lib/text/fold-table';

const out = fileURLToPath(new URL('../adapters/page/engine/folds.generated.json', import.meta.url));
writeFileSync(out, JSON.stringify(encodeFoldTable(buildFoldTable(arabicFolds))) + '\n');
process.stdout.write(`wrote ${out}\n`);
