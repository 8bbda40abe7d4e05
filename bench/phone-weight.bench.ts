import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BenchStack, Figure } from './harness';

/**
 * The weight of the participant's first page on a prepaid phone: the gzipped
 * script the built application makes the browser load before the first
 * screen (the entry, every chunk it imports statically, and the phone
 * catalogues of the reader's language, the heaviest of the three), against the
 * whole bundle's script as the baseline. Target: at most 100 KB.
 */
const WEB = resolve(__dirname, '../web');
const TARGET_BYTES = 100 * 1024;

const gzipped = (file: string): number => gzipSync(readFileSync(resolve(WEB, 'assets', file))).length;

/** A chunk and every chunk it imports statically (not `import()`), by file name. */
function withStaticImports(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(resolve(WEB, 'assets', file), 'utf8');
  for (const match of code.matchAll(/(?:^|[;\s}])import\s*(?:[\w${},\s*]+from\s*)?["']\.\/([^"']+\.js)["']/g)) withStaticImports(match[1], seen);
  return seen;
}

export async function phoneWeightFigures(_stack: BenchStack): Promise<Figure[]> {
  const html = readFileSync(resolve(WEB, 'index.html'), 'utf8');
  const entry = /<script type="module"[^>]*src="\/assets\/([^"]+)"/.exec(html)![1];
  const assets = readdirSync(resolve(WEB, 'assets'));
  const firstPage = withStaticImports(entry);
  const catalogues = ['en', 'es', 'pt'].map((language) => {
    const file = assets.find((f) => f.startsWith(`i18n-${language}-phone-`) && f.endsWith('.js'));
    if (!file) throw new Error(`no phone catalogue for ${language}: build the application first (npm run build)`);
    return { language, bytes: [...withStaticImports(file)].filter((f) => !firstPage.has(f)).reduce((sum, f) => sum + gzipped(f), 0) };
  });
  const heaviest = catalogues.reduce((a, b) => (b.bytes > a.bytes ? b : a));
  const frame = [...firstPage].reduce((sum, f) => sum + gzipped(f), 0);
  const value = frame + heaviest.bytes;
  const whole = assets.filter((f) => f.endsWith('.js')).reduce((sum, f) => sum + gzipped(f), 0);
  const kb = (bytes: number) => Math.round(bytes / 102.4) / 10;
  return [
    {
      name: "participant's first page, gzipped script",
      value: kb(value),
      unit: 'KB',
      baselineName: 'whole bundle',
      baseline: kb(whole),
      ratio: whole / value,
      target: `≤ ${kb(TARGET_BYTES)} KB`,
      met: value <= TARGET_BYTES,
      notes: `${firstPage.size} files: ${[...firstPage].sort().join(', ')}; plus the ${heaviest.language} phone catalogue (${kb(heaviest.bytes)} KB)`,
    },
  ];
}
