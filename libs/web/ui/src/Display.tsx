import { useId, type ReactNode } from 'react';
import { cx } from './Typography';

export type Tone = 'neutral' | 'info' | 'ok' | 'warning' | 'error';

/** A short status label (NL Design System data badge) in one of five tones; the text carries the meaning, never the colour alone. */
export function StatusBadge({ tone = 'neutral', children, className }: { tone?: Tone; children: ReactNode; className?: string }) {
  return <span className={cx('utrecht-data-badge', 'gp-badge', `gp-badge--${tone}`, className)}>{children}</span>;
}

/** Progress 0–100 with its label; the percentage is written out next to the bar. */
export function ProgressBar({ value, label, valueText }: { value: number; label: string; valueText: string }) {
  const clamped = Math.max(0, Math.min(100, Math.round(value)));
  return (
    <div className="gp-progress">
      <div className="gp-progress__track" role="progressbar" aria-label={label} aria-valuemin={0} aria-valuemax={100} aria-valuenow={clamped} aria-valuetext={valueText}>
        <div className="gp-progress__bar" style={{ inlineSize: `${clamped}%` }} />
      </div>
      <span className="gp-progress__value" aria-hidden="true">
        {valueText}
      </span>
    </div>
  );
}

export interface Column<R> {
  key: string;
  header: ReactNode;
  cell: (row: R) => ReactNode;
  numeric?: boolean;
  /** The row's header cell (th scope=row). */
  rowHeader?: boolean;
}

interface DataTableProps<R> {
  caption: ReactNode;
  captionHidden?: boolean;
  columns: Array<Column<R>>;
  rows: R[];
  rowKey: (row: R) => string;
  className?: string;
}

/**
 * An NL Design System table with a caption and proper header cells. On a
 * narrow screen each row becomes a card of label–value lines (every cell
 * names its column), so nothing hides in a sideways scroll.
 */
export function DataTable<R>({ caption, captionHidden, columns, rows, rowKey, className }: DataTableProps<R>) {
  const captionId = useId();
  return (
    // Focusable and named, so keyboard users can scroll a wide table on a narrow screen.
    <div className="utrecht-table-container utrecht-table-container--overflow-inline gp-table-container" tabIndex={0} role="region" aria-labelledby={captionId}>
      <table className={cx('utrecht-table', 'utrecht-table--html-table', 'gp-table', className)}>
        <caption id={captionId} className={cx('utrecht-table__caption', captionHidden && 'gp-visually-hidden')}>
          {caption}
        </caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            {columns.map((c) => (
              <th key={c.key} scope="col" className={cx('utrecht-table__header-cell', c.numeric && 'utrecht-table__header-cell--numeric')}>
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {rows.map((row) => (
            <tr key={rowKey(row)} className="utrecht-table__row">
              {columns.map((c) =>
                c.rowHeader ? (
                  <th key={c.key} scope="row" className="utrecht-table__header-cell" data-label={typeof c.header === 'string' ? c.header : undefined}>
                    {c.cell(row)}
                  </th>
                ) : (
                  <td key={c.key} className={cx('utrecht-table__cell', c.numeric && 'utrecht-table__cell--numeric')} data-label={typeof c.header === 'string' ? c.header : undefined}>
                    {c.cell(row)}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

interface BarChartProps {
  /** The chart's heading-like title, also the caption of its table. */
  title: string;
  labelHeader: string;
  valueHeader: string;
  data: Array<{ key: string; label: string; value: number; tone?: Tone }>;
  formatValue: (value: number) => string;
}

/**
 * Horizontal bars for the eye, and the same figures as a table for screen
 * readers (the drawing is hidden from them; the table is hidden from view).
 */
export function BarChart({ title, labelHeader, valueHeader, data, formatValue }: BarChartProps) {
  const max = Math.max(1, ...data.map((d) => d.value));
  return (
    <figure className="gp-chart">
      <figcaption className="gp-chart__title" aria-hidden="true">
        {title}
      </figcaption>
      <div className="gp-chart__bars" aria-hidden="true">
        {data.map((d) => (
          <div key={d.key} className="gp-chart__row">
            <span className="gp-chart__label">{d.label}</span>
            <span className="gp-chart__track">
              <span className={cx('gp-chart__bar', `gp-chart__bar--${d.tone ?? 'info'}`)} style={{ inlineSize: `${(d.value / max) * 100}%` }} />
            </span>
            <span className="gp-chart__value">{formatValue(d.value)}</span>
          </div>
        ))}
      </div>
      <DataTable
        caption={title}
        className="gp-visually-hidden-table"
        columns={[
          { key: 'label', header: labelHeader, cell: (d) => d.label, rowHeader: true },
          { key: 'value', header: valueHeader, cell: (d) => formatValue(d.value), numeric: true },
        ]}
        rows={data}
        rowKey={(d) => d.key}
      />
    </figure>
  );
}
