import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ANNOTATOR_JS, CONTENT_SCRIPT_JS, HIGHLIGHT_CSS } from '../../lib/site-access';
import { CHROME_DIR, FIREFOX_DIR, ROOT, requireBuild } from './harness/paths';

// Store readiness of the BUILT manifests: what reviewers look at first. The README's permission table
// must name every permission the build asks for, so the justification cannot drift from the code.

interface Manifest {
  manifest_version: number;
  icons?: Record<string, string>;
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  content_security_policy?: unknown;
  content_scripts?: { matches: string[]; js?: string[]; css?: string[]; all_frames?: boolean }[];
  web_accessible_resources?: unknown;
  browser_specific_settings?: {
    gecko?: {
      id?: string;
      strict_min_version?: string;
      data_collection_permissions?: { required?: string[] };
    };
    gecko_android?: { strict_min_version?: string };
  };
}

const read = (dir: string): Manifest => {
  requireBuild(dir);
  return JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest;
};

const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const permissionSection = readme.slice(
  readme.indexOf('## Permissions'),
  readme.indexOf('## For store reviewers'),
);

describe.each([
  ['chrome-mv3', CHROME_DIR],
  ['firefox-mv2', FIREFOX_DIR],
])('%s manifest', (_name, dir) => {
  it('has every icon size, and the files exist', () => {
    const m = read(dir);
    expect(Object.keys(m.icons ?? {}).sort()).toEqual(['128', '16', '32', '48', '96']);
    for (const file of Object.values(m.icons ?? {})) expect(existsSync(join(dir, file)), file).toBe(true);
  });

  it('asks only for permissions the README justifies', () => {
    const m = read(dir);
    const asked = [...(m.permissions ?? []), ...(m.optional_permissions ?? [])].filter(
      // MV2 lists host patterns among permissions.
      (p) => !p.includes('://'),
    );
    expect(permissionSection.length).toBeGreaterThan(0);
    for (const p of asked) expect(permissionSection, `README justifies "${p}"`).toContain(`\`${p}\``);
    const required = [
      ...(m.host_permissions ?? []),
      ...(m.permissions ?? []).filter((p) => p.includes('://')),
    ];
    expect(required, 'no blanket host access').not.toContain('<all_urls>');
    expect(
      required.filter((h) => /^\*:|:\/\/\*\/\*$/.test(h)),
      'no wildcard among the required hosts',
    ).toEqual([]);
    // Any-site access exists only as an optional permission, asked for one site at a time.
    const optional = [...(m.optional_host_permissions ?? []), ...(m.optional_permissions ?? [])].filter((p) =>
      p.includes('://'),
    );
    for (const h of optional)
      expect(permissionSection, `README explains optional "${h}"`).toContain(`\`${h}\``);
  });

  it('declares only the small detector as content script; the annotator is packaged for injection', () => {
    const m = read(dir);
    // No stylesheet: a declared one would restyle every page in Firefox; it comes with the annotator.
    expect(m.content_scripts?.map((c) => [c.js, c.css, c.all_frames])).toEqual([
      [[CONTENT_SCRIPT_JS], undefined, true],
    ]);
    expect(statSync(join(dir, HIGHLIGHT_CSS)).size, 'the highlight rules are packaged').toBeGreaterThan(500);
    // The point of the split (issue 7): what every page of a news site evaluates stays small.
    const detector = statSync(join(dir, CONTENT_SCRIPT_JS)).size;
    const annotator = statSync(join(dir, ANNOTATOR_JS)).size;
    expect(detector, 'detector bytes').toBeLessThan(30_000);
    expect(annotator, 'the annotator holds the rest').toBeGreaterThan(5 * detector);
    // Injected by the background with executeScript: pages cannot load it themselves.
    expect(m.web_accessible_resources).toBeUndefined();
  });

  it('loosens no content security policy (no remote or eval code)', () => {
    expect(read(dir).content_security_policy).toBeUndefined();
  });
});

describe('firefox-mv2 manifest for addons.mozilla.org', () => {
  it('declares its id, minimum versions and that it collects no data', () => {
    const gecko = read(FIREFOX_DIR).browser_specific_settings;
    expect(gecko?.gecko?.id).toMatch(/@/);
    expect(gecko?.gecko?.strict_min_version).toBe('140.0');
    expect(gecko?.gecko?.data_collection_permissions).toEqual({ required: ['none'] });
    expect(gecko?.gecko_android?.strict_min_version).toBe('142.0');
  });
});
