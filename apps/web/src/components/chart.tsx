import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { roundTicks } from './chart-ticks';

export interface Series {
  name: string;
  /** One value per label; null where there is nothing to plot. */
  values: (number | null)[];
  /** A pattern as well as a colour, so series differ without colour. */
  style?: 'solid' | 'hatched' | 'dotted';
}

/** A line across the chart at a value the figures are read against (a deadline, an expected share), named in words. */
export interface Reference {
  value: number;
  label: string;
}

const COLOURS = ['#12355b', '#b35900', '#2e7d32', '#6a1b9a'];
const REFERENCE_COLOUR = '#a3141b';
/** Room a value label needs above its bar or point, in the chart's units: fewer, and the figures table carries the numbers. */
const LABEL_ROOM = 26;
const WIDTH = 640;
const HEIGHT = 240;
const PAD = { top: 16, right: 16, bottom: 48, left: 48 };

/**
 * A small SVG bar or line chart with its figures as a table beneath, so the
 * numbers reach screen readers and anyone who cannot tell the colours apart.
 * (A chart library would add more weight than these few shapes need.) The
 * value axis steps by round numbers; each bar or point carries its value when
 * there is room; `references` draw labelled lines (the 72-hour deadline).
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
  references?: Reference[];
}) {
  const { t } = useTranslation();
  const id = useId();
  const values = series.flatMap((s) => s.values.filter((v): v is number => v !== null));
  const { top, ticks } = roundTicks(max ?? Math.max(...values, ...references.map((r) => r.value)));
  const plotW = WIDTH - PAD.left - PAD.right;
  const plotH = HEIGHT - PAD.top - PAD.bottom;
  const step = labels.length ? plotW / labels.length : plotW;
  const y = (v: number) => PAD.top + plotH - (v / top) * plotH;
  const barW = Math.max(2, (step * 0.8) / Math.max(1, series.length));
  const labelEvery = Math.ceil(labels.length / 12);
  const valueLabels = (kind === 'bar' ? barW : step) >= LABEL_ROOM;

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
        {ticks.map((tick) => (
          <g key={tick}>
            <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(tick)} y2={y(tick)} stroke="#c8ced6" />
            <text x={PAD.left - 6} y={y(tick) + 4} textAnchor="end" fontSize="11" fill="#333">
              {format(tick)}
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
            <g key={si}>
              <polyline
                fill="none"
                stroke={COLOURS[si % COLOURS.length]}
                strokeWidth="2.5"
                strokeDasharray={s.style === 'dotted' ? '4 4' : undefined}
                points={s.values
                  .map((v, i) => (v === null ? null : `${PAD.left + step * i + step / 2},${y(v)}`))
                  .filter(Boolean)
                  .join(' ')}
              />
              {s.values.map((v, i) => (v === null ? null : <circle key={i} cx={PAD.left + step * i + step / 2} cy={y(v)} r="3" fill={COLOURS[si % COLOURS.length]} />))}
            </g>
          ),
        )}
        {valueLabels &&
          series.map((s, si) =>
            s.values.map((v, i) =>
              v === null ? null : (
                <text
                  key={`v${si}-${i}`}
                  x={kind === 'bar' ? PAD.left + step * i + step * 0.1 + barW * si + barW / 2 : PAD.left + step * i + step / 2}
                  y={y(v) - 5}
                  textAnchor="middle"
                  fontSize="10"
                  fill="#1b1f24"
                >
                  {format(v)}
                </text>
              ),
            ),
          )}
        {references.map((r) => (
          <g key={r.label} className="chart-reference">
            <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(r.value)} y2={y(r.value)} stroke={REFERENCE_COLOUR} strokeWidth="2" strokeDasharray="8 4" />
            <text x={WIDTH - PAD.right} y={y(r.value) - 5} textAnchor="end" fontSize="11" fontWeight="600" fill={REFERENCE_COLOUR}>
              {r.label}
            </text>
          </g>
        ))}
      </svg>
      {references.length > 0 && (
        <ul className="legend chart-references">
          {references.map((r) => (
            <li key={r.label}>
              <svg width="22" height="14" aria-hidden="true">
                <line x1="0" x2="22" y1="7" y2="7" stroke={REFERENCE_COLOUR} strokeWidth="2" strokeDasharray="6 3" />
              </svg>{' '}
              {r.label}
            </li>
          ))}
        </ul>
      )}
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
