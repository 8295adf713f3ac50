import { describe } from 'vitest';
import { chromiumUnderTest } from './harness/browsers';
import { defineDemoSuite } from './harness/demo-suite';

describe('Chromium: demo article with the built extension', () => {
  defineDemoSuite(chromiumUnderTest);
});
