import type { ChainAnchor, ChainReport } from './audit-chain-verifier';
import { chainLabel } from './audit-chain-verifier';

const ANCHOR = /^(\d+):([0-9a-f]{64})$/i;

/** One `ID:HASH` anchor as printed by `audit:verify`; throws on anything else. */
export function parseAnchor(text: string): ChainAnchor {
  const match = ANCHOR.exec(text);
  if (!match) throw new Error(`not an ID:HASH head (as printed by audit:verify): ${text}`);
  return { id: match[1], hash: match[2].toLowerCase() };
}

/**
 * The heads file `audit:verify --export-heads` writes: comment lines, then
 * one line per non-empty chain, `ID:HASH` and the chain's name. An operator
 * keeps it outside the database and passes it back with `--heads`.
 */
export function formatHeadsFile(chains: readonly ChainReport[], exportedAt: Date): string {
  const lines = [
    `# audit chain heads, exported ${exportedAt.toISOString()} by audit:verify`,
    '# keep this file outside the database; check a later run against it: audit:verify --heads <this file>',
    ...chains.filter((c) => c.ok && c.headId !== null).map((c) => `${c.headId}:${c.headHash} ${chainLabel(c)}`),
  ];
  return `${lines.join('\n')}\n`;
}

/** The anchors of a heads file: the first word of each line that is neither empty nor a `#` comment. */
export function parseHeadsFile(text: string, name = 'the heads file'): ChainAnchor[] {
  const anchors: ChainAnchor[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const [first] = line.split(/\s+/);
    if (!ANCHOR.test(first)) throw new Error(`${name}, line ${index + 1}: expected ID:HASH at the start, found "${first.slice(0, 80)}"`);
    anchors.push(parseAnchor(first));
  });
  if (anchors.length === 0) throw new Error(`${name} has no ID:HASH line`);
  return anchors;
}
