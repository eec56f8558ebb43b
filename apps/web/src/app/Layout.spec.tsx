import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { UnreadNotificationCountQuery } from '@web/modules/notification/graphql/unread-notification-count.query';
import { MeQuery } from '@web/modules/user/graphql/me.query';
import { SetMyLanguageMutation } from '@web/modules/user/graphql/set-my-language.mutation';
import { renderRoutes } from '@web/test/render';
import { Layout } from './Layout';

// The bell asks for its count whenever it is shown; a signed-in shell always gets an answer.
const unread = { request: { query: UnreadNotificationCountQuery }, result: { data: { unreadNotificationCount: 0 } }, maxUsageCount: Number.POSITIVE_INFINITY };

function renderShell(options: Parameters<typeof renderRoutes>[1] = {}) {
  return renderRoutes([{ element: <Layout />, children: [{ path: '*', element: <h1>Page</h1> }] }], { ...options, mocks: [...(options.mocks ?? []), unread] });
}

const me = (language: string | null) => ({
  request: { query: MeQuery },
  result: {
    data: {
      me: {
        __typename: 'Me',
        id: 'u-1',
        username: 'jonas.hartmann',
        name: 'Jonas Hartmann',
        roles: ['partner'],
        language,
        organisation: { __typename: 'Organisation', id: 'o-1', code: 'BR-MUE', name: 'Bezirksregierung Münster' },
      },
    },
  },
});

describe('the application shell', () => {
  beforeEach(() => window.localStorage.clear());

  it('has a skip link to the main landmark, a header and a footer', async () => {
    await renderShell();
    const skip = screen.getByRole('link', { name: 'Skip to main content' });
    expect(skip).toHaveAttribute('href', '#main');
    expect(screen.getByRole('main')).toHaveAttribute('id', 'main');
    expect(screen.getByRole('banner')).toHaveTextContent('Grensportaal');
    expect(screen.getByRole('contentinfo')).toBeInTheDocument();
  });

  it('offers sign-in and no navigation to a visitor', async () => {
    await renderShell();
    expect(await screen.findByRole('button', { name: 'Sign in' })).toBeInTheDocument();
    expect(screen.queryByRole('navigation', { name: 'Main menu' })).not.toBeInTheDocument();
  });

  it('shows who is signed in, for which organisation, with navigation and sign-out', async () => {
    await renderShell({ signedInAs: 'Jonas Hartmann', mocks: [me('en')] });
    expect(await screen.findByText('Bezirksregierung Münster')).toBeInTheDocument();
    expect(screen.getByText('Signed in as Jonas Hartmann')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Sign out' })).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Main menu' })).toHaveTextContent('Agendas');
  });

  it("applies the language a signed-in user chose before, on any device", async () => {
    await renderShell({ signedInAs: 'Jonas Hartmann', mocks: [me('de'), me('de')] });
    await waitFor(() => expect(document.documentElement.lang).toBe('de'));
    expect(await screen.findByRole('button', { name: 'Abmelden' })).toBeInTheDocument();
  });

  it('remembers a new language choice for the signed-in user', async () => {
    const saved = jest.fn(() => ({ data: { setMyLanguage: { __typename: 'Me', id: 'u-1', language: 'nl' } } }));
    await renderShell({
      signedInAs: 'Jonas Hartmann',
      mocks: [me('en'), { request: { query: SetMyLanguageMutation, variables: { language: 'nl' } }, result: saved }, me('nl')],
    });
    await screen.findByText('Bezirksregierung Münster');
    await userEvent.click(screen.getByRole('button', { name: 'Nederlands' }));
    await waitFor(() => expect(saved).toHaveBeenCalled());
  });

  it('offers the three languages, each written and marked in its own language', async () => {
    await renderShell();
    const group = screen.getByRole('group', { name: 'Language' });
    const options = within(group).getAllByRole('button');
    expect(options.map((o) => [o.textContent, o.getAttribute('lang'), o.getAttribute('aria-pressed')])).toEqual([
      ['Nederlands', 'nl', 'false'],
      ['Deutsch', 'de', 'false'],
      ['English', 'en', 'true'],
    ]);
  });

  it('switches every string and <html lang>, and remembers the choice', async () => {
    await renderShell();
    await userEvent.click(screen.getByRole('button', { name: 'Deutsch' }));
    expect(document.documentElement.lang).toBe('de');
    expect(screen.getByRole('link', { name: 'Direkt zum Inhalt' })).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: 'Anmelden' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Deutsch' })).toHaveAttribute('aria-pressed', 'true');
    expect(window.localStorage.getItem('grensportaal.language')).toBe('de');

    await userEvent.click(screen.getByRole('button', { name: 'Nederlands' }));
    expect(document.documentElement.lang).toBe('nl');
    expect(screen.getByRole('contentinfo')).toHaveTextContent('gedeelde register');
    expect(within(screen.getByRole('contentinfo')).getByRole('link', { name: 'Toegankelijkheidsverklaring' })).toHaveAttribute('href', '/about/accessibility');
  });
});
