import { Outlet, type RouteObject } from 'react-router';
import { AuthCallbackPage } from './auth/AuthCallbackPage';
import { RequireAuth } from './auth/RequireAuth';
import { Layout } from './Layout';
import { RouteLoading } from './RouteLoading';

/** Every page is its own chunk, loaded when first visited. Everything but the landing page requires sign-in. */
export const routes: RouteObject[] = [
  {
    element: <Layout />,
    HydrateFallback: RouteLoading,
    children: [
      { index: true, lazy: async () => ({ Component: (await import('@web/pages/LandingPage')).LandingPage }) },
      { path: 'auth/callback', element: <AuthCallbackPage /> },
      {
        element: (
          <RequireAuth>
            <Outlet />
          </RequireAuth>
        ),
        children: [{ path: 'agendas', lazy: async () => ({ Component: (await import('@web/pages/AgendasPage')).AgendasPage }) }],
      },
      { path: '*', lazy: async () => ({ Component: (await import('@web/pages/NotFoundPage')).NotFoundPage }) },
    ],
  },
];
