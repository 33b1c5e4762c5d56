import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
// The stylesheets, each beside what it styles, in cascade order: where two rules tie, the later wins.
import './layout/base.css';
import './layout/site-header.css';
import './layout/page.css';
import './components/buttons.css';
import './pages/search/filter-panel.css';
import './pages/search/search-results.css';
import './crisis/crisis-lane.css';
import './pages/provider/provider-page.css';
import './layout/site-footer.css';
import './pages/poster/poster.css';
import './map/lazy-results-map.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
