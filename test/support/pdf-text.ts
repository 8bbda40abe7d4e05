import { inflateSync } from 'node:zlib';

/** The text a pdfkit PDF shows: its content streams inflated, each `<hex>` string decoded (WinAnsi, close to Latin-1), a line per text line. */
export function pdfText(pdf: Buffer): string {
  const raw = pdf.toString('latin1');
  const streams = [...raw.matchAll(/stream\r?\n/g)].map((m) => {
    const start = m.index! + m[0].length;
    const end = raw.indexOf('endstream', start);
    const bytes = pdf.subarray(start, end);
    try {
      return inflateSync(bytes).toString('latin1');
    } catch {
      return bytes.toString('latin1');
    }
  });
  return streams
    .join('\n')
    .split(/\r?\n/)
    .map((line) => [...line.matchAll(/<([0-9a-f]+)>/gi)].map((m) => Buffer.from(m[1], 'hex').toString('latin1')).join(''))
    .filter(Boolean)
    .join('\n');
}
