import { describe } from 'vitest';
import { firefoxUnderTest } from './harness/browsers';
import { defineDemoSuite } from './harness/demo-suite';

describe('Firefox: demo article with the built extension', () => {
  defineDemoSuite(firefoxUnderTest);
});
