import { render } from 'preact';
import { App } from './app.tsx';
import { refreshMe } from './lib/auth.ts';
import { startOutbox } from './lib/outbox.ts';
import './styles.css';

const root = document.getElementById('app');
if (root) render(<App />, root);

startOutbox();
void refreshMe();

// The service worker precaches the shell and every route chunk so the app works offline. Registered after
// load so it never competes with the first paint.
if ('serviceWorker' in navigator && import.meta.env.PROD) {
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch(() => undefined);
  });
}
