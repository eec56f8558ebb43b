import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable } from '@grensportaal/web-ui';
import { paths } from '@grensportaal/shared-domain';
import { useFormat } from '@web/app/format';
import type { ActionFieldsFragment } from '@web/gql/graphql';
import { Localized } from '@web/modules/text/components/Localized';

/**
 * Actions as a table for a dashboard: the action, the bottleneck it serves
 * (reference and title, the way to the action), who owns it, when it was due
 * and how far it is — one line each instead of a card each.
 */
export function ActionTable({ rows, caption }: { rows: ActionFieldsFragment[]; caption: string }) {
  const { t } = useTranslation(['action', 'bottleneck']);
  const format = useFormat();
  return (
    <DataTable
      caption={caption}
      captionHidden
      rows={rows}
      rowKey={(a) => a.id}
      columns={[
        { key: 'title', header: t('action:columns.action'), rowHeader: true, cell: (a) => <Localized value={a.title} compact /> },
        {
          key: 'bottleneck',
          header: t('action:columns.bottleneck'),
          cell: (a) =>
            a.bottlenecks.map((b) => (
              <span key={b.id} className="gp-action-table__bottleneck">
                <Link to={paths.bottleneck(b.reference)} className="utrecht-link gp-nowrap">
                  {b.reference}
                </Link>{' '}
                <Localized value={b.title} compact />
              </span>
            )),
        },
        { key: 'owner', header: t('action:owner'), cell: (a) => a.ownerOrganisation.name },
        {
          key: 'due',
          header: t('action:due'),
          cell: (a) => (
            <>
              {format.date(a.dueDate)} {a.daysUntilDue < 0 ? <span className="gp-muted">{t('action:daysLate', { count: -a.daysUntilDue })}</span> : null}
            </>
          ),
        },
        { key: 'progress', header: t('action:progressLabel'), numeric: true, cell: (a) => format.percent(a.progress) },
      ]}
    />
  );
}
