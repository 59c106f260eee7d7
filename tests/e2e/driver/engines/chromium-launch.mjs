// How every script and test starts Debian's Chromium through playwright-core: headless, as root
// (no sandbox), and kept from reaching Google's hosts (this machine reaches none).
import { chromium } from 'playwright-core';

export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--disable-default-apps', '--disable-extensions',
];

export const CHROMIUM_PATH = process.env.CHROMIUM ?? '/usr/bin/chromium';

/** Starts Chromium (playwright-core's Browser). */
export function launchChromium(executablePath = CHROMIUM_PATH) {
  return chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
}
