import { ReactNode } from 'react';

/** One headline number, large, with the words that say what it counts. */
export function KeyFigure({ value, label, detail }: { value: string; label: string; detail?: ReactNode }) {
  return (
    <div className="card key-figure">
      <p className="key-figure-label">{label}</p>
      <p className="figure">{value}</p>
      {detail && <p className="key-figure-detail">{detail}</p>}
    </div>
  );
}
