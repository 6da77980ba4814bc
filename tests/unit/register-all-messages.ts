// Unit and component specs render pieces of screens without the screen that registers their
// texts when it loads (catalog.ts): give them every feature's texts up front. A screen that
// forgets to register its texts is caught by the end-to-end tests (console errors).
import { registerMessages } from '../../src/ui/i18n/catalog';
import { ALL_FEATURES } from '../../src/ui/i18n/all-features';

registerMessages(...ALL_FEATURES);
