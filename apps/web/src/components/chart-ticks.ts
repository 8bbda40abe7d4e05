/**
 * Round steps for a chart's value axis: 1, 2 or 5 times a power of ten, the
 * smallest giving at most `most` steps from 0 to at least `highest`. So an axis
 * reads 0, 20, 40, 60, 80 rather than 0, 36.5, 73.
 */
export function roundTicks(highest: number, most = 5): { step: number; top: number; ticks: number[] } {
  const span = Number.isFinite(highest) && highest > 0 ? highest : 1;
  const rough = span / most;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= rough - power * 1e-9)!;
  const count = Math.ceil(span / step - 1e-9);
  // toPrecision keeps 0.1 × 3 from showing as 0.30000000000000004.
  const ticks = Array.from({ length: count + 1 }, (_, i) => Number((i * step).toPrecision(12)));
  return { step, top: ticks[ticks.length - 1], ticks };
}
