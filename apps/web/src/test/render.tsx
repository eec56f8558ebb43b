import type { ReactElement } from 'react';
import { render } from '@testing-library/react';
import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { I18nextProvider } from 'react-i18next';
import { createMemoryRouter, RouterProvider, type RouteObject } from 'react-router';
import type { Language } from '@grensportaal/shared-domain';
import { createI18n } from '@web/app/i18n';

/** Renders routes with real translations, a memory router and mocked API answers. */
export function renderRoutes(routes: RouteObject[], { mocks = [], language = 'en', path = '/' }: { mocks?: MockLink.MockedResponse[]; language?: Language; path?: string } = {}) {
  const i18n = createI18n(language);
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const view = render(
    <I18nextProvider i18n={i18n}>
      <MockedProvider mocks={mocks}>
        <RouterProvider router={router} />
      </MockedProvider>
    </I18nextProvider>,
  );
  return { ...view, i18n, router };
}

export function renderWithProviders(element: ReactElement, options: { mocks?: MockLink.MockedResponse[]; language?: Language } = {}) {
  return renderRoutes([{ path: '*', element }], options);
}
