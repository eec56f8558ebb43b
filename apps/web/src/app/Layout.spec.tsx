import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderRoutes } from '@web/test/render';
import { Layout } from './Layout';

function renderShell(language: 'nl' | 'de' | 'en' = 'en') {
  return renderRoutes([{ element: <Layout />, children: [{ path: '*', element: <h1>Page</h1> }] }], { language });
}

describe('the application shell', () => {
  beforeEach(() => window.localStorage.clear());

  it('has a skip link to the main landmark, a header, navigation and a footer', () => {
    renderShell();
    const skip = screen.getByRole('link', { name: 'Skip to main content' });
    expect(skip).toHaveAttribute('href', '#main');
    expect(screen.getByRole('main')).toHaveAttribute('id', 'main');
    expect(screen.getByRole('banner')).toHaveTextContent('Grensportaal');
    expect(screen.getByRole('navigation', { name: 'Main menu' })).toBeInTheDocument();
    expect(screen.getByRole('contentinfo')).toBeInTheDocument();
  });

  it('offers the three languages, each written and marked in its own language', () => {
    renderShell();
    const group = screen.getByRole('group', { name: 'Language' });
    const options = within(group).getAllByRole('button');
    expect(options.map((o) => [o.textContent, o.getAttribute('lang'), o.getAttribute('aria-pressed')])).toEqual([
      ['Nederlands', 'nl', 'false'],
      ['Deutsch', 'de', 'false'],
      ['English', 'en', 'true'],
    ]);
  });

  it('switches every string and <html lang>, and remembers the choice', async () => {
    renderShell();
    await userEvent.click(screen.getByRole('button', { name: 'Deutsch' }));
    expect(document.documentElement.lang).toBe('de');
    expect(screen.getByRole('link', { name: 'Direkt zum Inhalt' })).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Hauptmenü' })).toHaveTextContent('Agenden');
    expect(screen.getByRole('button', { name: 'Deutsch' })).toHaveAttribute('aria-pressed', 'true');
    expect(window.localStorage.getItem('grensportaal.language')).toBe('de');

    await userEvent.click(screen.getByRole('button', { name: 'Nederlands' }));
    expect(document.documentElement.lang).toBe('nl');
    expect(screen.getByRole('contentinfo')).toHaveTextContent('gezamenlijke werkplek');
  });
});
