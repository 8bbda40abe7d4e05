import type { ChainReport } from './audit-chain-verifier';
import { formatHeadsFile, parseAnchor, parseHeadsFile } from './chain-heads-file';

const HASH_A = 'a'.repeat(64);
const HASH_B = 'B'.repeat(64);
const report = (over: Partial<ChainReport>): ChainReport => ({
  chain: 'system',
  courtId: null,
  courtCode: null,
  ok: true,
  rowsChecked: 1,
  headSeq: '1',
  headId: '1',
  headHash: HASH_A,
  ...over,
});

describe('the audit heads file', () => {
  it('writes one ID:HASH line per non-empty chain, named, and reads back exactly those heads', () => {
    const text = formatHeadsFile(
      [
        report({ chain: 'legacy', headId: '12', headHash: HASH_A }),
        report({ chain: 'system', headId: null, rowsChecked: 0 }),
        report({ chain: 'court:c1', courtId: 'c1', courtCode: 'DEMO', headId: '40', headHash: 'b'.repeat(64) }),
      ],
      new Date('2026-12-06T05:00:00Z'),
    );
    expect(text).toBe(
      [
        '# audit chain heads, exported 2026-12-06T05:00:00.000Z by audit:verify',
        '# keep this file outside the database; check a later run against it: audit:verify --heads <this file>',
        `12:${HASH_A} the old single chain`,
        `40:${'b'.repeat(64)} court DEMO's chain`,
        '',
      ].join('\n'),
    );
    expect(parseHeadsFile(text)).toEqual([
      { id: '12', hash: HASH_A },
      { id: '40', hash: 'b'.repeat(64) },
    ]);
  });

  it('takes heads copied by hand (CRLF, upper case, blank lines, comments)', () => {
    expect(parseHeadsFile(`# kept by the clerk\r\n\r\n  7:${HASH_B}\r\n`)).toEqual([{ id: '7', hash: 'b'.repeat(64) }]);
  });

  it('refuses a line that is not a head, naming it, and a file with none', () => {
    expect(() => parseHeadsFile(`7:${HASH_A}\n8:abc court X\n`, 'heads.txt')).toThrow('heads.txt, line 2: expected ID:HASH at the start, found "8:abc"');
    expect(() => parseHeadsFile('# nothing\n', 'heads.txt')).toThrow('heads.txt has no ID:HASH line');
    expect(() => parseAnchor('12')).toThrow('not an ID:HASH head');
  });
});
