#!/usr/bin/env node
// Standalone verifier of a treatment court's public random-testing draw.
//
// It imports nothing but Node's own modules (Node 18 or later), so anyone can
// read it in full and run it without the court's software. It downloads one
// day of a court's public draw record (or reads it from a file) and recomputes
// everything from scratch:
//
//   1. the seed hashes (SHA-256) to the published seed commitment;
//   2. the seed is the day's link of the court's yearly seed chain: SHA-256
//      applied <day of the year> times gives the chain's anchor (the one in the
//      record, or the one printed in the court's public notice: --anchor);
//   3. the commitment: SHA-256 of the committed text (court, day, algorithm,
//      seed commitment, chain position, every entry) equals the one published
//      before the call-in window opened;
//   4. every entry's probability follows exactly from its frequency and guard
//      rails, and every selection from the seed;
//   5. the counts match.
//
// The byte layouts are in docs/verifying-draws.md.
//
//   node verify-draw.mjs https://court.example/api/v1/public/courts/DEMO/draws/2026-12-05
//   node verify-draw.mjs --file day.json [--anchor <hex>] [--token <your token>]
//
// Exit status: 0 when every check passes, 1 when any fails, 2 when the record
// cannot be read (or the day is not over yet).

import { createHash, createHmac } from 'node:crypto';
import { readFile } from 'node:fs/promises';

const V2 = 'chain-token-hmac-sha256/v2';
const V1 = 'hmac-sha256-53bit/v1';
const TWO_TO_53 = 2n ** 53n;

const sha256 = (bytes) => createHash('sha256').update(bytes).digest();

function parseArgs(argv) {
  const options = { url: null, file: null, anchor: null, token: null, quiet: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--file') options.file = argv[++i];
    else if (arg === '--anchor') options.anchor = argv[++i]?.toLowerCase();
    else if (arg === '--token') options.token = argv[++i]?.toLowerCase();
    else if (arg === '--quiet') options.quiet = true;
    else if (!arg.startsWith('--') && !options.url) options.url = arg;
    else throw new Error(`unknown argument: ${arg}`);
  }
  if (!options.url === !options.file) throw new Error('give the URL of one day of the public record, or --file with its JSON');
  return options;
}

async function loadRecord(options) {
  if (options.file) return JSON.parse(await readFile(options.file, 'utf8'));
  const response = await fetch(options.url, { headers: { accept: 'application/json' } });
  if (!response.ok) throw new Error(`${options.url} answered ${response.status}: ${(await response.text()).slice(0, 300)}`);
  return response.json();
}

/** Day n of the year: 1 on 1 January. */
function dayOfYear(courtDay) {
  const [year, month, day] = courtDay.split('-').map(Number);
  return { year, index: (Date.UTC(year, month - 1, day) - Date.UTC(year, 0, 1)) / 86_400_000 + 1 };
}

const gcd = (a, b) => (b === 0n ? a : gcd(b, a % b));
const reduced = (num, den) => {
  const g = gcd(num, den) || 1n;
  return [num / g, den / g];
};

/** The exact probability and the guard rule an entry's inputs give (docs/verifying-draws.md, "probability"). */
function expectedChance(entry) {
  const match = /^(\d+)(?:\.(\d+))?$/.exec(entry.testsPerWeek);
  if (!match) return { probability: 'invalid', rule: 'invalid' };
  const fractional = match[2] ?? '';
  const tpwNum = BigInt(match[1] + fractional);
  const tpwDen = 10n ** BigInt(fractional.length);
  let [num, den] = tpwNum >= 7n * tpwDen ? [1n, 1n] : reduced(tpwNum, 7n * tpwDen);
  const hasRecent = entry.untestedDays !== null && entry.testsInPrevious6Days !== null;
  if (num === 0n || !hasRecent) return { probability: `${num}/${den}`, rule: null };
  if (entry.maxTestsPer7Days !== null && entry.testsInPrevious6Days >= entry.maxTestsPer7Days) return { probability: '0/1', rule: 'max_tests_per_7_days' };
  if (entry.maxUntestedDays !== null) {
    const daysLeft = entry.maxUntestedDays - entry.untestedDays + 1;
    const [fNum, fDen] = daysLeft <= 1 ? [1n, 1n] : [1n, BigInt(daysLeft)];
    if (fNum * den > num * fDen) return { probability: `${fNum}/${fDen}`, rule: 'max_untested_days' };
  }
  return { probability: `${num}/${den}`, rule: null };
}

/** value = first 53 bits of HMAC-SHA256(seed, "<court day>|<token>"); selected when value / 2^53 < num / den. */
function selects(seed, courtDay, token, probability) {
  const digest = createHmac('sha256', seed).update(`${courtDay}|${token}`).digest();
  const value = BigInt(digest.readUIntBE(0, 6) * 32 + (digest[6] >>> 3));
  const [num, den] = probability.split('/').map(BigInt);
  return value * den < num * TWO_TO_53;
}

const dash = (value) => (value === null || value === undefined ? '-' : String(value));

/** SHA-256 of the committed text, line by line as docs/verifying-draws.md lays it out. */
function commitmentOf(record) {
  const hash = createHash('sha256');
  const line = (text) => hash.update(`${text}\n`, 'utf8');
  line('treatment-court-draw/v2');
  line(`court ${record.court}`);
  line(`day ${record.courtDay}`);
  line(`algorithm ${record.algorithm}`);
  line(`seed-commitment ${record.seedCommitment}`);
  line(`chain ${record.chain.year} ${record.chain.index} ${record.chain.anchor}`);
  line(`entries ${record.entries.length}`);
  for (const e of record.entries) {
    line(
      `${e.token} ${e.testsPerWeek} ${dash(e.maxUntestedDays)} ${dash(e.maxTestsPer7Days)} ` +
        `${dash(e.untestedDays)} ${dash(e.testsInPrevious6Days)} ${dash(e.rule)} ${e.probability}`,
    );
  }
  return hash.digest('hex');
}

/** Every check of one day's record, as [label, passed, detail] rows. */
function verifyRecord(record, options = {}) {
  const checks = [];
  const check = (label, passed, detail = '') => checks.push({ label, passed, detail });
  if (!record.seed) return { checks, pending: true };
  const seed = Buffer.from(record.seed, 'hex');
  check('the seed hashes to the seed commitment', sha256(seed).toString('hex') === record.seedCommitment, `SHA-256(seed) = ${sha256(seed).toString('hex')}`);
  if (record.algorithm === V1) {
    check('v1 draw: the seed matches its commitment; its entries name participants and are not public', sha256(seed).toString('hex') === record.commitment);
    return { checks, pending: false };
  }
  if (record.algorithm !== V2) {
    check(`known algorithm (${record.algorithm})`, false);
    return { checks, pending: false };
  }
  const position = dayOfYear(record.courtDay);
  check(
    'the chain position is the day of the year',
    record.chain.year === position.year && record.chain.index === position.index,
    `${record.courtDay} is day ${position.index} of ${position.year}`,
  );
  const anchor = options.anchor ?? record.chain.anchor;
  if (options.anchor) check('the record names the anchor given with --anchor', record.chain.anchor === options.anchor);
  let link = seed;
  for (let i = 0; i < record.chain.index; i++) link = sha256(link);
  check(`the seed is on the court's ${record.chain.year} chain (SHA-256 ×${record.chain.index} = anchor)`, link.toString('hex') === anchor, `anchor ${anchor}`);
  check('the chain was published before the draw was committed', Date.parse(record.chain.publishedAt) <= Date.parse(record.committedAt), `published ${record.chain.publishedAt}, committed ${record.committedAt}`);
  check('the draw was committed before the call-in window opened', Date.parse(record.committedAt) <= Date.parse(record.windowOpensAt), `window opened ${record.windowOpensAt}`);
  const entries = record.entries ?? [];
  const sorted = entries.every((e, i) => /^[0-9a-f]{64}$/.test(e.token) && (i === 0 || entries[i - 1].token < e.token));
  check('entries are listed once each, in token order', sorted);
  const commitment = commitmentOf(record);
  check('the commitment covers exactly these entries, probabilities and seed', commitment === record.commitment, `recomputed ${commitment}`);
  const wrongProbability = [];
  const wrongSelection = [];
  let selected = 0;
  for (const e of entries) {
    const expected = expectedChance(e);
    if (expected.probability !== e.probability || expected.rule !== e.rule) wrongProbability.push(e.token);
    const drawn = selects(seed, record.courtDay, e.token, expected.probability === 'invalid' ? '0/1' : expected.probability);
    if (drawn !== e.selected) wrongSelection.push(e.token);
    if (e.selected) selected++;
  }
  check('every probability follows exactly from its frequency and guard rails', wrongProbability.length === 0, wrongProbability.slice(0, 5).join(' '));
  check('every selection follows from the seed', wrongSelection.length === 0, wrongSelection.slice(0, 5).join(' '));
  check('the counts match the entries', entries.length === record.participantCount && selected === record.selectedCount, `${entries.length} entries, ${selected} selected`);
  if (options.token) {
    const mine = entries.find((e) => e.token === options.token);
    check('your token is in the draw', Boolean(mine), mine ? `probability ${mine.probability}, ${mine.selected ? 'selected' : 'not selected'}` : '');
  }
  return { checks, pending: false };
}

async function main() {
  let options;
  let record;
  try {
    options = parseArgs(process.argv.slice(2));
    record = await loadRecord(options);
  } catch (error) {
    console.error(`verify-draw: ${error.message}`);
    return 2;
  }
  const started = performance.now();
  const { checks, pending } = verifyRecord(record, options);
  console.log(`${record.court} ${record.courtDay} ${record.algorithm}: commitment ${record.commitment}`);
  if (pending) {
    console.log(`not over yet: the seed and the entries are published at ${record.revealsAt}`);
    return 2;
  }
  for (const c of checks) if (!options.quiet || !c.passed) console.log(`${c.passed ? 'OK  ' : 'FAIL'} ${c.label}${c.detail ? ` (${c.detail})` : ''}`);
  const failed = checks.filter((c) => !c.passed).length;
  console.log(
    failed === 0
      ? `VERIFIED: ${record.participantCount} entries, ${record.selectedCount} selected, ${record.forced ?? 0} forced and ${record.excused ?? 0} excused by staff (not part of the draw); ${Math.round(performance.now() - started)} ms`
      : `NOT VERIFIED: ${failed} check(s) failed`,
  );
  return failed === 0 ? 0 : 1;
}

main().then((code) => {
  process.exitCode = code;
});
