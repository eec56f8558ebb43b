import { useId, useState, type ReactNode } from 'react';
import { Button } from './Button';
import { DataTable, type Tone } from './Display';
import { cx } from './Typography';

export interface FigureDatum {
  key: string;
  label: string;
  value: number;
  /** The list behind the figure, when there is one: the label becomes a link to it. */
  href?: string;
  tone?: Tone;
}

interface FigureChartProps {
  title: string;
  labelHeader: string;
  valueHeader: string;
  data: FigureDatum[];
  formatValue: (value: number) => string;
  /** The toggle's label ("Show as table"); pressed, the table replaces the bars. */
  toggle: string;
  /** Renders a link (the app's router link) for a datum with an href. */
  renderLink: (href: string, children: ReactNode) => ReactNode;
  empty: string;
}

/**
 * Horizontal bars whose every row also reads as text (label, then value),
 * and a toggle that shows the same figures as a table: for a screen reader,
 * for copying, for whoever prefers numbers. The bars are drawing only; the
 * label and the value carry the meaning, never the colour, and a label is a
 * link to the list behind the figure where there is one.
 */
export function FigureChart({ title, labelHeader, valueHeader, data, formatValue, toggle, renderLink, empty }: FigureChartProps) {
  const [asTable, setAsTable] = useState(false);
  const titleId = useId();
  const max = Math.max(1, ...data.map((d) => d.value));
  const label = (d: FigureDatum) => (d.href ? renderLink(d.href, d.label) : d.label);
  return (
    <figure className="gp-figure" aria-labelledby={titleId}>
      <figcaption id={titleId} className="gp-chart__title">
        {title}
      </figcaption>
      {!data.length ? (
        <p className="gp-figure__empty">{empty}</p>
      ) : asTable ? (
        <DataTable
          caption={title}
          captionHidden
          columns={[
            { key: 'label', header: labelHeader, cell: label, rowHeader: true },
            { key: 'value', header: valueHeader, cell: (d) => formatValue(d.value), numeric: true },
          ]}
          rows={data}
          rowKey={(d) => d.key}
        />
      ) : (
        <ul className="gp-figure__rows">
          {data.map((d) => (
            <li key={d.key} className="gp-chart__row">
              <span className="gp-chart__label">{label(d)}</span>
              <span className="gp-chart__track" aria-hidden="true">
                <span className={cx('gp-chart__bar', `gp-chart__bar--${d.tone ?? 'info'}`)} style={{ inlineSize: `${(d.value / max) * 100}%` }} />
              </span>
              <span className="gp-chart__value">{formatValue(d.value)}</span>
            </li>
          ))}
        </ul>
      )}
      {data.length ? (
        <Button appearance="subtle" aria-pressed={asTable} onClick={() => setAsTable(!asTable)}>
          {toggle}
        </Button>
      ) : null}
    </figure>
  );
}
