// Run by `npm run test:e2e` before Playwright: see ensureChromium().
import { ensureChromium } from './chromium.js';

if (!ensureChromium()) process.exit(1);
