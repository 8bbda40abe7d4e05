/**
 * `npm run bench`: starts Postgres and Redis as the tests do, then prints
 * every figure beside a baseline measured in the same run, as a ratio.
 * Figures are also written to bench-results/latest.json.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { Figure, printFigures, startBenchStack } from './harness';
import { callInFigures } from './call-in.bench';
import { caseloadFigures } from './caseload.bench';
import { docketFigures } from './docket.bench';
import { drawFigures } from './draw.bench';
import { hotlineFigures } from './hotline.bench';
import { importFigures } from './import.bench';
import { messagesFigures } from './messages.bench';
import { httpFigures } from './http.bench';
import { violationsFigures } from './violations.bench';
import { phoneWeightFigures } from './phone-weight.bench';
import { measuresFigures } from './measures.bench';

const SUITES: { name: string; run: typeof httpFigures }[] = [
  { name: 'http', run: httpFigures },
  { name: 'caseload', run: caseloadFigures },
  { name: 'draw', run: drawFigures },
  { name: 'call-in', run: callInFigures },
  { name: 'violations', run: violationsFigures },
  { name: 'docket', run: docketFigures },
  { name: 'hotline', run: hotlineFigures },
  { name: 'messages', run: messagesFigures },
  { name: 'import', run: importFigures },
  { name: 'phone-weight', run: phoneWeightFigures },
  { name: 'measures', run: measuresFigures },
];

async function main(): Promise<void> {
  const only = process.argv[2];
  const stack = await startBenchStack();
  const figures: Figure[] = [];
  try {
    for (const suite of SUITES.filter((s) => !only || s.name === only)) {
      console.log(`running ${suite.name} benchmarks…`);
      figures.push(...(await suite.run(stack)));
    }
  } finally {
    await stack.stop();
  }
  printFigures(figures);
  await mkdir('bench-results', { recursive: true });
  await writeFile('bench-results/latest.json', JSON.stringify({ at: new Date().toISOString(), figures }, null, 2));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
