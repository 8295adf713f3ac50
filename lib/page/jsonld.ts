// Reads schema.org JSON-LD blocks into a flat list of typed nodes. Sites wrap their article in
// arrays, in `@graph`, or nest it as `mainEntity`; some blocks are broken JSON (trailing commas,
// raw newlines in strings), so a block that does not parse still yields its @type names by pattern.
// Indexed loops rather than for…of and Array callbacks: the detector reads this on every page that
// may be an article, in Firefox's fresh content-script realm (see page-address.ts).

export interface JsonLdNode {
  types: string[];
  data: Record<string, unknown>;
}

export interface JsonLdResult {
  nodes: JsonLdNode[];
  /** @type names seen in blocks that did not parse as JSON. */
  looseTypes: string[];
}

function typesOf(value: unknown): string[] {
  const raw: unknown[] = Array.isArray(value) ? value : [value];
  const out: string[] = [];
  for (let i = 0; i < raw.length; i++) {
    const t = raw[i];
    // "http://schema.org/NewsArticle" and "schema:NewsArticle" both occur in the wild.
    if (typeof t === 'string') out.push(t.slice(Math.max(t.lastIndexOf('/'), t.lastIndexOf(':')) + 1));
  }
  return out;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function collect(value: unknown, out: JsonLdNode[], depth: number): void {
  if (depth > 4) return;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) collect(value[i], out, depth + 1);
    return;
  }
  if (!isObject(value)) return;
  if ('@type' in value) out.push({ types: typesOf(value['@type']), data: value });
  if ('@graph' in value) collect(value['@graph'], out, depth + 1);
  // Some CMSs put the article under a WebPage's mainEntity.
  if (isObject(value.mainEntity)) collect(value.mainEntity, out, depth + 1);
}

/** The blocks under `root`, leaving out those inside `except` (read already). */
export function readJsonLd(root: ParentNode, except?: Node | null): JsonLdResult {
  const nodes: JsonLdNode[] = [];
  const looseTypes: string[] = [];
  const scripts = root.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < scripts.length; i++) {
    if (except?.contains(scripts[i]!)) continue;
    const source = scripts[i]!.textContent ?? '';
    try {
      collect(JSON.parse(source), nodes, 0);
    } catch {
      for (const m of source.matchAll(/"@type"\s*:\s*"([^"]+)"/g)) looseTypes.push(...typesOf(m[1]));
    }
  }
  return { nodes, looseTypes };
}

/** Every @type the page declares, parsed blocks first. */
export function jsonLdTypes({ nodes, looseTypes }: JsonLdResult): string[] {
  const types: string[] = [];
  for (let i = 0; i < nodes.length; i++) {
    const own = nodes[i]!.types;
    for (let j = 0; j < own.length; j++) types.push(own[j]!);
  }
  for (let i = 0; i < looseTypes.length; i++) types.push(looseTypes[i]!);
  return types;
}

/** The first string found under `key` in a JSON-LD value (strings, objects with `name`, arrays). */
export function firstString(value: unknown, key = 'name'): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (Array.isArray(value)) {
    for (const item of value) {
      const s = firstString(item, key);
      if (s) return s;
    }
    return null;
  }
  if (isObject(value)) return firstString(value[key], key);
  return null;
}
