import { screen, waitFor } from '@testing-library/react';
import { UserManager } from 'oidc-client-ts';
import { renderRoutes } from '@web/test/render';
import { RequireAuth } from './RequireAuth';

describe('pages behind sign-in', () => {
  it('sends a visitor to the identity provider, in their language, to come back to the page they asked for', async () => {
    // The redirect itself leaves the page: record the request instead of navigating away from jsdom.
    const signinRedirect = jest.spyOn(UserManager.prototype, 'signinRedirect').mockResolvedValue(undefined);
    await renderRoutes([{ path: '/agendas', element: <RequireAuth><p>secret</p></RequireAuth> }], { path: '/agendas?theme=mobility', language: 'de' });
    await waitFor(() => expect(signinRedirect).toHaveBeenCalledWith({ state: { returnTo: '/agendas?theme=mobility' }, ui_locales: 'de' }));
    expect(screen.getByRole('status')).toHaveTextContent('Anmeldung läuft…');
    expect(screen.queryByText('secret')).not.toBeInTheDocument();
    signinRedirect.mockRestore();
  });

  it('shows the page to a signed-in user', async () => {
    await renderRoutes([{ path: '/agendas', element: <RequireAuth><p>secret</p></RequireAuth> }], { path: '/agendas', signedInAs: 'Anna de Groot' });
    expect(await screen.findByText('secret')).toBeInTheDocument();
  });
});
