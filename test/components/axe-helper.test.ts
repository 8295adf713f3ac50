// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { axeViolations } from './helpers';

// The component tests rely on axe finding problems in happy-dom; this proves it does.
describe('axe-core under happy-dom', () => {
  it('reports a button without a name and an image without alt text', async () => {
    const root = document.createElement('div');
    root.innerHTML = '<button type="button"></button><img src="x.png">';
    document.body.append(root);
    const v = await axeViolations(root);
    root.remove();
    expect(v.some((x) => x.startsWith('button-name'))).toBe(true);
    expect(v.some((x) => x.startsWith('image-alt'))).toBe(true);
  });
});
