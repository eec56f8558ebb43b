import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AgendasQuery } from '@web/modules/agenda/graphql/agendas.query';
import { renderWithProviders } from '@web/test/render';
import { AgendasPage } from './AgendasPage';

const agendas = {
  agendas: [
    {
      __typename: 'Agenda',
      id: 'a1',
      code: 'NL-NRW',
      name: 'Border Region Agenda Netherlands–North Rhine-Westphalia',
      description: 'Adopted every year at the Border Conference.',
      steeringOrganisation: { __typename: 'Organisation', id: 'o1', code: 'GLD', name: 'Province of Gelderland' },
      partners: [
        { __typename: 'Organisation', id: 'o1', code: 'GLD', name: 'Province of Gelderland', kind: 'PROVINCE' },
        { __typename: 'Organisation', id: 'o2', code: 'BR-MUE', name: 'Bezirksregierung Münster', kind: 'BEZIRKSREGIERUNG' },
      ],
      themes: [{ __typename: 'Theme', id: 't1', code: 'mobility', name: 'Mobility' }],
      statistics: { __typename: 'AgendaStatistics', bottlenecks: 12, actions: 17, overdueActions: 3, stalledActions: 1 },
    },
  ],
};

describe('AgendasPage', () => {
  it('shows each agenda with its steering province, headline figures and a link to its overview', async () => {
    await renderWithProviders(<AgendasPage />, { mocks: [{ request: { query: AgendasQuery }, result: { data: agendas } }] });
    expect(screen.getByRole('heading', { level: 1, name: 'Agendas' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Loading…');

    const card = await screen.findByRole('article', { name: 'Border Region Agenda Netherlands–North Rhine-Westphalia' });
    expect(within(card).getByText('NL-NRW')).toBeInTheDocument();
    expect(within(card).getByText("Steered by the King's Commissioner (Province of Gelderland)")).toBeInTheDocument();
    expect(within(card).getByRole('link', { name: 'Border Region Agenda Netherlands–North Rhine-Westphalia' })).toHaveAttribute('href', '/agendas/NL-NRW');
    expect(within(card).getByText('bottlenecks').previousSibling?.previousSibling).toHaveTextContent('12');
    expect(within(card).getByText('actions overdue').previousSibling?.previousSibling).toHaveTextContent('3');
    expect(within(card).getByText('2 partners · 1 theme')).toBeInTheDocument();
    expect(document.title).toBe('Agendas – Grensportaal');
  });

  it('explains in the reader\'s language when the server cannot be reached, and tries again on request', async () => {
    await renderWithProviders(<AgendasPage />, {
      language: 'de',
      mocks: [
        { request: { query: AgendasQuery }, error: new TypeError('Failed to fetch') },
        { request: { query: AgendasQuery }, result: { data: agendas } },
      ],
    });
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('heading', { name: 'Etwas ist schiefgelaufen' })).toBeInTheDocument();
    expect(alert).toHaveTextContent('Der Server von Grensportaal ist zurzeit nicht erreichbar.');

    await userEvent.click(within(alert).getByRole('button', { name: 'Erneut versuchen' }));
    expect(await screen.findByRole('article')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('says so when there are no agendas', async () => {
    await renderWithProviders(<AgendasPage />, { language: 'nl', mocks: [{ request: { query: AgendasQuery }, result: { data: { agendas: [] } } }] });
    expect(await screen.findByText("Er zijn nog geen agenda's vastgelegd.")).toBeInTheDocument();
  });
});
