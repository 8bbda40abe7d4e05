import { AuditChainVerifier, ChainAnchor, chainLabel, formatHeadsFile, parseAnchor, parseHeadsFile } from '@app/audit';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { withDataSource } from './migrations';

export interface AuditVerifyArgs {
  /** Heads given on the command line (ID:HASH). */
  anchors: ChainAnchor[];
  /** `--heads FILE`: a heads file exported by an earlier run. */
  headsFiles: string[];
  /** `--export-heads FILE`: where to write today's heads once the log verified. */
  exportHeads?: string;
}

export function parseAuditVerifyArgs(args: readonly string[]): AuditVerifyArgs {
  const parsed: AuditVerifyArgs = { anchors: [], headsFiles: [] };
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i];
    const value = () => {
      const next = args[i + 1];
      if (next === undefined || next.startsWith('--')) throw new Error(`audit:verify ${arg} needs a file name`);
      i += 1;
      return next;
    };
    if (arg === '--heads') parsed.headsFiles.push(value());
    else if (arg === '--export-heads') {
      if (parsed.exportHeads !== undefined) throw new Error('audit:verify takes one --export-heads');
      parsed.exportHeads = value();
    } else if (arg.startsWith('--')) throw new Error(`audit:verify does not know ${arg}`);
    else parsed.anchors.push(parseAnchor(arg));
  }
  return parsed;
}

export interface Output {
  log(line: string): void;
  error(line: string): void;
  /** Standard output as it is, for `--export-heads -` (the report then goes to `error`). */
  write(text: string): void;
}

/**
 * `audit:verify`: re-checks every chain, also against heads recorded earlier
 * (on the command line or in heads files), prints each chain and its head,
 * and with `--export-heads` writes the heads to a new file (never over an
 * existing one, and only when the log verified). Answers whether it verified.
 */
export async function auditVerify(url: string, args: readonly string[], output: Output, now: Date = new Date()): Promise<boolean> {
  const options = parseAuditVerifyArgs(args);
  // `--export-heads -`: the heads file on standard output (e.g. out of a container), the report beside it on standard error.
  const toStdout = options.exportHeads === '-';
  const out: Output = toStdout ? { ...output, log: output.error } : output;
  if (options.exportHeads && !toStdout && existsSync(options.exportHeads)) {
    throw new Error(`${options.exportHeads} exists: heads are exported to a new file (an earlier day's heads are never overwritten)`);
  }
  const anchors = [...options.anchors, ...options.headsFiles.flatMap((file) => parseHeadsFile(readFileSync(file, 'utf8'), file))];
  const result = await withDataSource(url, (dataSource) => new AuditChainVerifier(dataSource).verify({ anchors }));
  for (const chain of result.chains) {
    const line = `${chainLabel(chain)}: ${chain.rowsChecked} row(s)`;
    if (chain.ok) out.log(`${line} intact; head ${chain.headId === null ? 'none (empty)' : `${chain.headId}:${chain.headHash}`}`);
    else out.error(`${line} checked, TAMPERED: first broken row ${chain.firstBrokenId}: ${chain.problem}`);
  }
  if (!result.ok) {
    out.error(`audit log TAMPERED: ${result.problem}`);
    out.error(`${result.rowsChecked} row(s) checked`);
    if (options.exportHeads) out.error(`heads not exported to ${options.exportHeads}: the log did not verify`);
    return false;
  }
  out.log(`audit log intact: ${result.rowsChecked} row(s) in ${result.chains.length} chain(s) checked`);
  if (anchors.length > 0) out.log(`${anchors.length} head(s) recorded earlier are still in their chains, unchanged`);
  // Each chain proves no row changed after later ones were written; heads kept elsewhere
  // (and passed to a later run) also prove the rows up to them were not all rewritten since.
  const heads = result.chains.filter((c) => c.ok && c.headId !== null).map((c) => `${c.headId}:${c.headHash}`);
  out.log(`keep these heads (ID:HASH) outside this database and pass them to later runs:\n${heads.join(' ')}`);
  if (toStdout) output.write(formatHeadsFile(result.chains, now));
  else if (options.exportHeads) {
    // 'wx': an earlier day's file is never overwritten.
    writeFileSync(options.exportHeads, formatHeadsFile(result.chains, now), { flag: 'wx', mode: 0o644 });
    out.log(`heads written to ${options.exportHeads}: keep it outside this database; check later with --heads ${options.exportHeads}`);
  }
  return true;
}
