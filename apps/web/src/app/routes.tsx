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
        children: [
          { path: 'home', lazy: async () => ({ Component: (await import('@web/pages/HomePage')).HomePage }) },
          { path: 'agendas', lazy: async () => ({ Component: (await import('@web/pages/AgendasPage')).AgendasPage }) },
          { path: 'agendas/:code', lazy: async () => ({ Component: (await import('@web/pages/AgendaPage')).AgendaPage }) },
          { path: 'bottlenecks', lazy: async () => ({ Component: (await import('@web/pages/BottlenecksPage')).BottlenecksPage }) },
          { path: 'bottlenecks/new', lazy: async () => ({ Component: (await import('@web/pages/NewBottleneckPage')).NewBottleneckPage }) },
          { path: 'bottlenecks/:reference', lazy: async () => ({ Component: (await import('@web/pages/BottleneckPage')).BottleneckPage }) },
          { path: 'bottlenecks/:reference/edit', lazy: async () => ({ Component: (await import('@web/pages/EditBottleneckPage')).EditBottleneckPage }) },
          { path: 'questions/:id', lazy: async () => ({ Component: (await import('@web/pages/QuestionPage')).QuestionPage }) },
        ],
      },
      { path: '*', lazy: async () => ({ Component: (await import('@web/pages/NotFoundPage')).NotFoundPage }) },
    ],
  },
];
