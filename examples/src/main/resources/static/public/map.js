// The public map page: its language switch. A file of its own, not an inline script, so that the page's
// Content-Security-Policy (script-src 'self') allows it.
import { apply, toggle } from '/public/assets/i18n.js';

document.getElementById('lang').addEventListener('click', () => toggle(() => {}));
apply();
