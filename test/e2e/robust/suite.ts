import { afterAll, beforeAll } from 'vitest';
import { SITE_ON } from './checks';
import { type RobustServer, startRobustServer } from './server';
import { type BrowserName, launchRobust, type RobustBrowser } from './session';

export interface RobustSuite {
  /** The browser with the built extension, switched on for localhost. */
  readonly b: RobustBrowser;
  readonly server: RobustServer;
}

/**
 * One browser and one page server for a describe block: launched before its tests, closed after.
 * Firefox reaches the extension's storage through a page the content script runs on, so the
 * settings are written from a first page that is closed again.
 */
export function robustSuite(name: BrowserName): RobustSuite {
  const suite = {} as { b: RobustBrowser; server: RobustServer };
  beforeAll(async () => {
    suite.server = await startRobustServer();
    suite.b = await launchRobust(name);
    const first = await suite.b.open(suite.server.off('fixtures/plain.html'));
    await suite.b.setSettings(SITE_ON);
    await first.close();
  });
  afterAll(async () => {
    await suite.b?.close();
    await suite.server?.close();
  });
  return suite;
}
