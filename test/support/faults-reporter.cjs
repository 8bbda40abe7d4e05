/**
 * A jest reporter for the fault tier: each *.fault-spec.ts appends one JSON
 * line per scenario (test/faults/support/fault-report.ts) to a file this
 * reporter names in FAULTS_RESULTS, and at the end of the run the reporter
 * prints one table row per scenario: what was in flight, what was killed,
 * lost, duplicated, seconds to recover. With FAULTS_DOC set (npm run
 * test:faults sets it to docs/reliability.md) the table also replaces the
 * one between the `faults-table` markers of that file, when every fault
 * spec ran and every scenario passed. Prints nothing on a run without fault specs.
 */
const { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join, relative } = require('node:path');

const START = '<!-- faults-table:start -->';
const END = '<!-- faults-table:end -->';

class FaultsReporter {
  constructor(globalConfig) {
    this.rootDir = globalConfig.rootDir;
    // Made by the first spec that records a row (fault-report.ts), removed at the end of the run.
    this.dir = join(tmpdir(), `tc-faults-${process.pid}`);
    rmSync(this.dir, { recursive: true, force: true });
    this.file = join(this.dir, 'results.jsonl');
    // Test workers are spawned after the reporters, so they inherit this.
    process.env.FAULTS_RESULTS = this.file;
    this.outcomes = [];
    this.started = Date.now();
  }

  onTestResult(test, result) {
    if (!/\.fault-spec\.ts$/.test(test.path)) return;
    for (const assertion of result.testResults) {
      this.outcomes.push({ file: relative(this.rootDir, test.path), title: assertion.title, status: assertion.status });
    }
    if (result.testExecError) this.outcomes.push({ file: relative(this.rootDir, test.path), title: '(spec did not run)', status: 'failed' });
  }

  onRunComplete() {
    const rows = existsSync(this.file)
      ? readFileSync(this.file, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line))
      : [];
    rmSync(this.dir, { recursive: true, force: true });
    if (this.outcomes.length === 0) return;
    rows.sort((a, b) => a.scenario.localeCompare(b.scenario, 'en', { numeric: true }));
    const wall = Math.round((Date.now() - this.started) / 1000);
    const cell = (value) => String(value ?? '').replace(/\|/g, '\\|').replace(/\n/g, ' ');
    const lines = [
      '| scenario | in flight | killed | lost | duplicated | seconds to recover | notes |',
      '| --- | --- | --- | ---: | ---: | ---: | --- |',
      ...rows.map((r) => `| ${cell(r.scenario)} | ${cell(r.inFlight)} | ${cell(r.killed)} | ${r.lost} | ${r.duplicated} | ${r.recoverSeconds} | ${cell(r.note)} |`),
    ];
    const failed = this.outcomes.filter((o) => o.status === 'failed');
    const skipped = this.outcomes.filter((o) => o.status === 'pending' || o.status === 'skipped' || o.status === 'todo');
    for (const o of failed) lines.push(`| FAILED: ${cell(o.title)} (${cell(o.file)}) | | | | | | |`);
    for (const o of skipped) lines.push(`| skipped: ${cell(o.title)} (${cell(o.file)}) | | | | | | |`);
    const summary = `${rows.length} scenario(s) recorded, ${failed.length} failed, ${skipped.length} skipped; wall time of the run ${wall} s`;
    process.stdout.write(`\nFault tier: what was killed with work in flight, and what Postgres held afterwards\n\n${lines.join('\n')}\n\n${summary}\n`);
    const doc = process.env.FAULTS_DOC;
    const specs = readdirSync(join(this.rootDir, 'test', 'faults')).filter((name) => name.endsWith('.fault-spec.ts'));
    const ranEvery = specs.every((name) => this.outcomes.some((o) => o.file === join('test', 'faults', name)));
    if (doc && ranEvery && failed.length === 0 && skipped.length === 0) {
      const path = join(this.rootDir, doc);
      if (!existsSync(path)) return;
      const text = readFileSync(path, 'utf8');
      const from = text.indexOf(START);
      const to = text.indexOf(END);
      if (from < 0 || to < from) return;
      const table = `${START}\n${lines.join('\n')}\n\n${summary} (${new Date().toISOString().slice(0, 10)}).\n${END}`;
      writeFileSync(path, text.slice(0, from) + table + text.slice(to + END.length));
      process.stdout.write(`(table written to ${doc})\n`);
    }
  }
}

module.exports = FaultsReporter;
