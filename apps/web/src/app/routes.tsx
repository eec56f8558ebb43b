import { Outlet, type RouteObject } from 'react-router';
import { ROUTES } from '@grensportaal/shared-domain';
import { AuthCallbackPage } from './auth/AuthCallbackPage';
import { RequireAuth } from './auth/RequireAuth';
import { Layout } from './Layout';
import { RouteLoading } from './RouteLoading';

/** Every page is its own chunk, loaded when first visited. Everything but the landing page and the pages about the service requires sign-in. */
export const routes: RouteObject[] = [
  {
    element: <Layout />,
    HydrateFallback: RouteLoading,
    children: [
      { index: true, lazy: async () => ({ Component: (await import('@web/pages/LandingPage')).LandingPage }) },
      { path: ROUTES.authCallback, element: <AuthCallbackPage /> },
      { path: ROUTES.about, lazy: async () => ({ Component: (await import('@web/pages/AboutPage')).AboutPage }) },
      {
        element: (
          <RequireAuth>
            <Outlet />
          </RequireAuth>
        ),
        children: [
          { path: ROUTES.home, lazy: async () => ({ Component: (await import('@web/pages/HomePage')).HomePage }) },
          { path: ROUTES.agendas, lazy: async () => ({ Component: (await import('@web/pages/AgendasPage')).AgendasPage }) },
          { path: ROUTES.agenda, lazy: async () => ({ Component: (await import('@web/pages/AgendaPage')).AgendaPage }) },
          { path: ROUTES.conferences, lazy: async () => ({ Component: (await import('@web/pages/ConferencesPage')).ConferencesPage }) },
          { path: ROUTES.reports, lazy: async () => ({ Component: (await import('@web/pages/ReportsPage')).ReportsPage }) },
          { path: ROUTES.bottlenecks, lazy: async () => ({ Component: (await import('@web/pages/BottlenecksPage')).BottlenecksPage }) },
          { path: ROUTES.newBottleneck, lazy: async () => ({ Component: (await import('@web/pages/NewBottleneckPage')).NewBottleneckPage }) },
          { path: ROUTES.bottleneck, lazy: async () => ({ Component: (await import('@web/pages/BottleneckPage')).BottleneckPage }) },
          { path: ROUTES.editBottleneck, lazy: async () => ({ Component: (await import('@web/pages/EditBottleneckPage')).EditBottleneckPage }) },
          { path: ROUTES.importSheet, lazy: async () => ({ Component: (await import('@web/pages/ImportPage')).ImportPage }) },
          { path: ROUTES.dashboard, lazy: async () => ({ Component: (await import('@web/pages/DashboardPage')).DashboardPage }) },
          { path: ROUTES.search, lazy: async () => ({ Component: (await import('@web/pages/SearchPage')).SearchPage }) },
          { path: ROUTES.borderEffects, lazy: async () => ({ Component: (await import('@web/pages/BorderEffectsPage')).BorderEffectsPage }) },
          { path: ROUTES.newConsultation, lazy: async () => ({ Component: (await import('@web/pages/NewConsultationPage')).NewConsultationPage }) },
          { path: ROUTES.importConsultations, lazy: async () => ({ Component: (await import('@web/pages/ImportConsultationsPage')).ImportConsultationsPage }) },
          { path: ROUTES.consultation, lazy: async () => ({ Component: (await import('@web/pages/ConsultationPage')).ConsultationPage }) },
          { path: ROUTES.editConsultation, lazy: async () => ({ Component: (await import('@web/pages/EditConsultationPage')).EditConsultationPage }) },
          { path: ROUTES.question, lazy: async () => ({ Component: (await import('@web/pages/AssignmentPage')).AssignmentPage }) },
        ],
      },
      { path: '*', lazy: async () => ({ Component: (await import('@web/pages/NotFoundPage')).NotFoundPage }) },
    ],
  },
];
