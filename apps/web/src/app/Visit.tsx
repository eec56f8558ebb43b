import { StrictMode, useEffect, useRef } from 'react';
import type { Root } from 'react-dom/client';
import type { i18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import { createBrowserRouter, matchPath, Outlet, RouterProvider } from 'react-router';
import { ROUTES } from '@grensportaal/shared-domain';
import { LandingPage } from '@web/pages/LandingPage';
import { HOME_PATH, SessionContext, storedUser, type Session } from './auth/session';
import { SignInButton } from './auth/SignInButton';
import { LanguageSwitch } from './LanguageSwitch';
import { RouteLoading } from './RouteLoading';
import { Shell } from './Shell';

type Workplace = typeof import('./workplace');

/**
 * A visit to the landing page or the pages about the service, with no session
 * kept in this tab: these pages run without the API client and the OIDC
 * library, which load when the visitor signs in or goes anywhere else.
 */
export function isVisit(pathname: string): boolean {
  return (pathname === '/' || matchPath(ROUTES.about, pathname) !== null) && storedUser() === null;
}

function VisitLayout() {
  return (
    <Shell
      tools={
        <>
          <LanguageSwitch />
          <SignInButton />
        </>
      }
    >
      <Outlet />
    </Shell>
  );
}

/** Any other address: the workplace takes over (and sends the visitor to sign in where the page needs it). */
function ToWorkplace({ go }: { go: () => void }) {
  const gone = useRef(false);
  useEffect(() => {
    if (gone.current) return;
    gone.current = true;
    go();
  }, [go]);
  return <RouteLoading />;
}

export function startVisit(root: Root, i18n: i18n, loadWorkplace: () => Promise<Workplace>): void {
  const toWorkplace = () => {
    router.dispose();
    void loadWorkplace().then((workplace) => workplace.startWorkplace(root, i18n));
  };
  const session: Session = {
    signedIn: false,
    signIn: (returnTo = HOME_PATH) => void loadWorkplace().then((workplace) => workplace.signInFromVisit(root, i18n, returnTo)),
  };
  const router = createBrowserRouter([
    {
      element: <VisitLayout />,
      HydrateFallback: RouteLoading,
      children: [
        { index: true, element: <LandingPage /> },
        { path: ROUTES.about, lazy: async () => ({ Component: (await import('@web/pages/AboutPage')).AboutPage }) },
        { path: '*', element: <ToWorkplace go={toWorkplace} /> },
      ],
    },
  ]);
  root.render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <SessionContext.Provider value={session}>
          <RouterProvider router={router} />
        </SessionContext.Provider>
      </I18nextProvider>
    </StrictMode>,
  );
}
