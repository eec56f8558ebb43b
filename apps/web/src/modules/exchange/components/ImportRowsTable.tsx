import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '@grensportaal/web-ui';

interface Row {
  sheet: string;
  row: number;
  outcome: string;
  problems: Array<{ message: string }>;
  notes: string[];
}

/** An import row by row: its outcome, the item it is about, and the problems and remarks in the reader's language. */
export function ImportRowsTable<R extends Row>({ rows, itemHeader, item }: { rows: R[]; itemHeader: string; item: (row: R) => ReactNode }) {
  const { t } = useTranslation(['exchange']);
  return (
    <DataTable
      caption={t('exchange:import.dryRunHeading')}
      rowKey={(r) => `${r.sheet}-${r.row}`}
      rows={rows}
      columns={[
        { key: 'row', header: t('exchange:import.row'), cell: (r) => r.row, numeric: true },
        { key: 'outcome', header: t('exchange:import.outcome'), cell: (r) => <span className={`gp-import-outcome gp-import-outcome--${r.outcome.toLowerCase()}`}>{t(`exchange:import.outcome${r.outcome}`)}</span> },
        { key: 'item', header: itemHeader, cell: item },
        {
          key: 'problems',
          header: t('exchange:import.problems'),
          cell: (r) =>
            r.problems.length || r.notes.length ? (
              <ul className="gp-import-problems">
                {[...r.problems.map((p) => p.message), ...r.notes].map((m) => (
                  <li key={m}>{m}</li>
                ))}
              </ul>
            ) : null,
        },
      ]}
    />
  );
}
