import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRoot, type Root } from 'react-dom/client';
import { resources } from '@grensportaal/shared-i18n';
import { createI18n } from './i18n';
import { isVisit, startVisit } from './Visit';

type Workplace = Awaited<ReturnType<Parameters<typeof startVisit>[2]>>;

function fakeWorkplace() {
  const workplace = { startWorkplace: jest.fn().mockResolvedValue(undefined), signInFromVisit: jest.fn().mockResolvedValue(undefined) };
  return { workplace, load: jest.fn(async () => workplace as unknown as Workplace) };
}

async function visit(path: string, load: () => Promise<Workplace>): Promise<Root> {
  window.history.replaceState(null, '', path);
  const i18n = await createI18n('en', resources);
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  await act(async () => startVisit(root, i18n, load));
  return root;
}

describe('a visit without a session', () => {
  afterEach(() => window.sessionStorage.clear());

  it('is the landing page and the pages about the service, while this tab keeps no session', () => {
    expect(isVisit('/')).toBe(true);
    expect(isVisit('/about/privacy')).toBe(true);
    expect(isVisit('/home')).toBe(false);
    expect(isVisit('/auth/callback')).toBe(false);
    window.sessionStorage.setItem('oidc.user:https://id.test:grensportaal-web', JSON.stringify({ access_token: 'a.b.c' }));
    expect(isVisit('/')).toBe(false);
  });

  it('shows the landing page without the workplace, and loads it only to sign in', async () => {
    const { workplace, load } = fakeWorkplace();
    const root = await visit('/', load);
    expect(await screen.findByRole('heading', { level: 1 })).toBeInTheDocument();
    expect(load).not.toHaveBeenCalled();
    const [headerButton] = screen.getAllByRole('button', { name: 'Sign in' });
    await userEvent.click(headerButton);
    await waitFor(() => expect(workplace.signInFromVisit).toHaveBeenCalledWith(expect.anything(), expect.anything(), '/home'));
    expect(workplace.startWorkplace).not.toHaveBeenCalled();
    act(() => root.unmount());
  });

  it('hands any other address to the workplace', async () => {
    const { workplace, load } = fakeWorkplace();
    const root = await visit('/bottlenecks', load);
    await waitFor(() => expect(workplace.startWorkplace).toHaveBeenCalledTimes(1));
    act(() => root.unmount());
  });
});
