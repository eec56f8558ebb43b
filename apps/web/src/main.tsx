import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { createApolloClient } from './app/apollo-client';
import { createI18n } from './app/i18n';
import '@utrecht/component-library-css/dist/index.css';
import '@grensportaal/web-ui';
import './styles/index.css';

const i18n = createI18n();
const client = createApolloClient(i18n);

const container = document.getElementById('root');
if (container) {
  createRoot(container).render(
    <StrictMode>
      <App i18n={i18n} client={client} />
    </StrictMode>,
  );
}
