/**
 * One format per language for every date and time on screen: a screen
 * writes dates through `i18n/format.ts`, never with its own
 * `toLocale…String` or `Intl.DateTimeFormat` in the reader's language, so
 * the same day reads the same everywhere. (Machine formats, a fixed locale
 * such as 'en-CA' to get `YYYY-MM-DD` parts, are not display and may stay.)
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const SOURCE = join(__dirname, '..');
const FORMATTER = join(__dirname, 'format.ts');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.spec.ts') && path !== FORMATTER ? [path] : [];
  });
}

describe('dates and times on screen', () => {
  it('are formatted only by i18n/format.ts', () => {
    const offenders = sources(SOURCE).flatMap((path) =>
      readFileSync(path, 'utf8')
        .split('\n')
        .map((line, i) => ({ line, at: `${relative(SOURCE, path)}:${i + 1}` }))
        .filter(({ line }) => /\.toLocale(Date|Time)?String\(|Intl\.DateTimeFormat\((?!'[a-z]{2}-[A-Z]{2}')/.test(line))
        .map(({ at }) => at),
    );
    expect(offenders).toEqual([]);
  });
});
