import { useId } from 'react';
import { useTranslation } from 'react-i18next';

export interface Series {
  name: string;
  /** One value per label; null where there is nothing to plot. */
  values: (number | null)[];
  /** A pattern as well as a colour, so series differ without colour. */
  style?: 'solid' | 'hatched' | 'dotted';
}

const COLOURS = ['#12355b', '#b35900', '#2e7d32', '#6a1b9a'];
const WIDTH = 640;
const HEIGHT = 240;
const PAD = { top: 16, right: 16, bottom: 48, left: 48 };

/**
 * A small SVG bar or line chart with its figures as a table beneath, so the
 * numbers reach screen readers and anyone who cannot tell the colours apart.
 * (A chart library would add more weight than these few shapes need.)
 */
export function Chart({
  title,
  labels,
  series,
  kind = 'bar',
  max,
  format = (v) => String(v),
  labelHeader,
  references = [],
}: {
  title: string;
  labels: string[];
  series: Series[];
  kind?: 'bar' | 'line';
  max?: number;
  format?: (value: number) => string;
  /** Heading of the figures table's first column (the labels: weeks, kinds, phases…). */
  labelHeader?: string;
  /** Horizontal lines a reader compares the bars against (a target, a threshold), each labelled in words. */
  references?: Array<{ value: number; label: string }>;
}) {
  const { t } = useTranslation();
  const id = useId();
  const values = [...series.flatMap((s) => s.values.filter((v): v is number => v !== null)), ...references.map((r) => r.value)];
  const top = max ?? Math.max(1, ...values);
  const plotW = WIDTH - PAD.left - PAD.right;
  const plotH = HEIGHT - PAD.top - PAD.bottom;
  const step = labels.length ? plotW / labels.length : plotW;
  const y = (v: number) => PAD.top + plotH - (v / top) * plotH;
  const barW = Math.max(2, (step * 0.8) / Math.max(1, series.length));
  const labelEvery = Math.ceil(labels.length / 12);

  return (
    <figure className="chart" aria-labelledby={`${id}-title`}>
      <figcaption id={`${id}-title`}>{title}</figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby={`${id}-title`} preserveAspectRatio="xMidYMid meet">
        <defs>
          {series.map((s, i) => (
            <pattern key={i} id={`${id}-p${i}`} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
              <rect width="6" height="6" fill={COLOURS[i % COLOURS.length]} opacity={s.style === 'hatched' ? 0.35 : 1} />
              {s.style === 'hatched' && <line x1="0" y1="0" x2="0" y2="6" stroke={COLOURS[i % COLOURS.length]} strokeWidth="3" />}
            </pattern>
          ))}
        </defs>
        {[0, 0.5, 1].map((f) => (
          <g key={f}>
            <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(top * f)} y2={y(top * f)} stroke="#c8ced6" />
            <text x={PAD.left - 6} y={y(top * f) + 4} textAnchor="end" fontSize="11" fill="#333">
              {format(Math.round(top * f * 100) / 100)}
            </text>
          </g>
        ))}
        {labels.map((label, i) =>
          i % labelEvery === 0 ? (
            <text key={label + i} x={PAD.left + step * i + step / 2} y={HEIGHT - PAD.bottom + 16} textAnchor="middle" fontSize="11" fill="#333">
              {label}
            </text>
          ) : null,
        )}
        {series.map((s, si) =>
          kind === 'bar' ? (
            s.values.map((v, i) =>
              v === null ? null : (
                <rect key={`${si}-${i}`} x={PAD.left + step * i + step * 0.1 + barW * si} y={y(v)} width={barW} height={Math.max(0, PAD.top + plotH - y(v))} fill={`url(#${id}-p${si})`} />
              ),
            )
          ) : (
            <polyline
              key={si}
              fill="none"
              stroke={COLOURS[si % COLOURS.length]}
              strokeWidth="2.5"
              strokeDasharray={s.style === 'dotted' ? '4 4' : undefined}
              points={s.values
                .map((v, i) => (v === null ? null : `${PAD.left + step * i + step / 2},${y(v)}`))
                .filter(Boolean)
                .join(' ')}
            />
          ),
        )}
        {references.map((r) => (
          <g key={r.label}>
            <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(r.value)} y2={y(r.value)} stroke="#a3141b" strokeWidth="2" strokeDasharray="6 4" />
            <text x={WIDTH - PAD.right} y={y(r.value) - 4} textAnchor="end" fontSize="11" fill="#a3141b">
              {r.label}
            </text>
          </g>
        ))}
      </svg>
      {series.length > 1 && (
        <ul className="legend">
          {series.map((s, i) => (
            <li key={s.name}>
              <svg width="14" height="14" aria-hidden="true">
                <rect width="14" height="14" fill={kind === 'bar' ? `url(#${id}-p${i})` : COLOURS[i % COLOURS.length]} />
              </svg>{' '}
              {s.name}
            </li>
          ))}
        </ul>
      )}
      <details className="chart-data">
        <summary>{t('chart.showFigures')}</summary>
        <table>
          <thead>
            <tr>
              <th scope="col">{labelHeader ?? t('chart.period')}</th>
              {series.map((s) => (
                <th key={s.name} scope="col">
                  {s.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {labels.map((label, i) => (
              <tr key={label + i}>
                <th scope="row">{label}</th>
                {series.map((s) => (
                  <td key={s.name}>{s.values[i] === null ? '—' : format(s.values[i]!)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
