import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable } from '@grensportaal/web-ui';
import { paths } from '@grensportaal/shared-domain';
import { useFormat } from '@web/app/format';
import type { BottlenecksQuery } from '@web/gql/graphql';
import { Localized } from '@web/modules/text/components/Localized';
import { BottleneckStatusBadge } from './BottleneckStatusBadge';

export type BottleneckRow = BottlenecksQuery['bottlenecks']['edges'][number]['node'];

/** Bottlenecks as a table: reference (the link), title, status, reporter, progress and last change. */
export function BottleneckTable({ rows, caption, captionHidden }: { rows: BottleneckRow[]; caption: string; captionHidden?: boolean }) {
  const { t } = useTranslation(['bottleneck']);
  const format = useFormat();
  return (
    <DataTable
      caption={caption}
      captionHidden={captionHidden}
      rows={rows}
      rowKey={(b) => b.id}
      columns={[
        {
          key: 'reference',
          header: t('bottleneck:columns.reference'),
          rowHeader: true,
          cell: (b) => (
            <Link to={paths.bottleneck(b.reference)} className="utrecht-link gp-nowrap">
              {b.reference}
            </Link>
          ),
        },
        { key: 'title', header: t('bottleneck:columns.title'), cell: (b) => <Localized value={b.title} compact /> },
        { key: 'status', header: t('bottleneck:columns.status'), cell: (b) => <BottleneckStatusBadge status={b.status} outcome={b.outcome} /> },
        { key: 'reporter', header: t('bottleneck:columns.reporter'), cell: (b) => b.reportingOrganisation.name },
        {
          key: 'progress',
          header: t('bottleneck:columns.progress'),
          numeric: true,
          cell: (b) => (b.progress.average === null ? t('bottleneck:noActions') : t('bottleneck:progressSummary', { percent: format.percent(b.progress.average), count: b.progress.actionCount })),
        },
        { key: 'updated', header: t('bottleneck:columns.updated'), cell: (b) => format.date(b.updatedAt) },
      ]}
    />
  );
}
