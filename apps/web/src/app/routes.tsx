import type { RouteObject } from 'react-router';
import { Layout } from './Layout';
import { RouteLoading } from './RouteLoading';

/** Every page is its own chunk, loaded when first visited. */
export const routes: RouteObject[] = [
  {
    element: <Layout />,
    HydrateFallback: RouteLoading,
    children: [
      { index: true, lazy: async () => ({ Component: (await import('@web/pages/AgendasPage')).AgendasPage }) },
      { path: '*', lazy: async () => ({ Component: (await import('@web/pages/NotFoundPage')).NotFoundPage }) },
    ],
  },
];
