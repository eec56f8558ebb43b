import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { useScrollToHash } from '@web/app/useScrollToHash';
import { Tab, TabList, TabPanel, Tabs } from 'react-aria-components';
import type { BottleneckDetail } from '@web/modules/bottleneck/hooks/useBottleneck';
import { ActionsTab } from './ActionsTab';
import { AssignmentsTab } from './AssignmentsTab';
import { CommentsTab } from './CommentsTab';
import { DocumentsTab } from './DocumentsTab';
import { DetailsTab } from './DetailsTab';
import { HistoryTab } from './HistoryTab';
import { TranslationsTab } from './TranslationsTab';

const TABS = [
  { id: 'details', Panel: DetailsTab },
  { id: 'actions', Panel: ActionsTab },
  { id: 'questions', Panel: AssignmentsTab },
  { id: 'comments', Panel: CommentsTab },
  { id: 'documents', Panel: DocumentsTab },
  { id: 'history', Panel: HistoryTab },
  { id: 'translations', Panel: TranslationsTab },
] as const;

/** The record of a bottleneck, one tab per part of it. */
export function BottleneckTabs({ bottleneck }: { bottleneck: BottleneckDetail }) {
  const { t } = useTranslation(['bottleneck']);
  const counts: Record<string, number | undefined> = { actions: bottleneck.actions.length, questions: bottleneck.assignments.length, comments: bottleneck.comments.length, documents: bottleneck.attachments.length };
  // A link to a comment or an action (from the search), or to the documents (from a notification), opens its tab.
  const { hash } = useLocation();
  const opened = hash.startsWith('#comment-') ? 'comments' : hash.startsWith('#action-') ? 'actions' : hash === '#documents' ? 'documents' : 'details';
  useScrollToHash(true);
  return (
    <Tabs key={opened} defaultSelectedKey={opened} className="gp-tabs">
      <TabList aria-label={t('bottleneck:tabs.label')} className="gp-tabs__list">
        {TABS.map(({ id }) => (
          <Tab key={id} id={id} className="gp-tabs__tab">
            {t(`bottleneck:tabs.${id}`, { count: counts[id] })}
          </Tab>
        ))}
      </TabList>
      {TABS.map(({ id, Panel }) => (
        <TabPanel key={id} id={id} className="gp-tabs__panel">
          <Panel bottleneck={bottleneck} />
        </TabPanel>
      ))}
    </Tabs>
  );
}
