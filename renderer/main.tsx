import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@fontsource/atkinson-hyperlegible/latin-400.css';
import '@fontsource/atkinson-hyperlegible/latin-700.css';
import './styles/app.css';
import { App } from './app/App';
import { installProblemReporter } from './app/report-problems';
import { host } from './host';

// Before the first render, so an error while drawing the first screen reaches the log too (React 19 reports
// errors no boundary caught through window.reportError, which fires the 'error' event listened for here).
installProblemReporter(window, host, () => window.location.hash);

const container = document.getElementById('root');
if (!container) throw new Error('The page has no #root element to draw the app in.');
createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
