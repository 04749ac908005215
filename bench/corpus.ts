import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const samples = fileURLToPath(new URL('../samples/', import.meta.url));

/** The seed articles, in file order. */
export function seedArticles(): string[] {
  return readdirSync(samples)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(samples + f, 'utf8'));
}

/** The seed articles joined and repeated until the text has at least `minChars` UTF-16 code units. */
export function repeatedSeeds(minChars: number): string {
  const once = seedArticles().join('\n\n');
  return once.repeat(Math.ceil(minChars / once.length));
}
