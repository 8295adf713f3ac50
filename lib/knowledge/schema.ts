// Valibot schema for lib/knowledge/types.ts plus the cross-entry checks a schema cannot express
// (unique ids, known offices, dated roles in order). Used by the build, the tests and user packs, so
// every message names the pack, the entry (index and id) and the field.
import * as v from 'valibot';
import type { Entity, KnowledgeBundle, Office } from './types';

const ISO_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
const FULL_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const QID = /^Q[1-9]\d*$/;
const SLUG = /^[a-z0-9]+(?:[-.][a-z0-9]+)*$/;
/** The citation forms of Source.cite (see types.ts). */
const CITE_FORMS: readonly RegExp[] = [
  /^wikidata:Q[1-9]\d*(#\S+)?$/,
  /^[\w.-]+\/[\w.-]+@[0-9a-f]{7,40}:\S+$/,
  /^https?:\/\/\S+ \(.+, \d{4}(-\d{2}(-\d{2})?)?\)$/,
];

export function isValidCite(cite: string): boolean {
  return CITE_FORMS.some((re) => re.test(cite));
}

/** Limits that keep a hostile or broken pack from filling storage or stalling the page. */
export const LIMITS = {
  text: 2_000,
  alias: 200,
  aliasesPerEntity: 500,
  rolesPerEntity: 500,
  list: 500,
} as const;

const nonEmpty = v.pipe(
  v.string(),
  v.trim(),
  v.minLength(1, 'must not be empty'),
  v.maxLength(LIMITS.text, `must be at most ${LIMITS.text} characters`),
);
/** Characters the matcher folds away; an alias made only of them would match nothing or everything. */
const INVISIBLE = /[\u00ad\u200b-\u200f\u2060-\u2064\ufeff\u180e]|\u034f/g;
const isoDate = v.pipe(v.string(), v.regex(ISO_DATE, 'must be an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)'));

export const SourceSchema = v.object({
  cite: v.pipe(
    v.string(),
    v.maxLength(LIMITS.text, `must be at most ${LIMITS.text} characters`),
    v.check(
      isValidCite,
      'must be wikidata:Q…, owner/repo@commit:path#Lrow or "https://… (Publication, YYYY-MM-DD)"',
    ),
  ),
  asOf: v.pipe(v.string(), v.regex(FULL_DATE, 'must be a full ISO date (YYYY-MM-DD)')),
  note: v.optional(nonEmpty),
});

export const LocalizedSchema = v.object({ de: nonEmpty, en: nonEmpty });

const ALIAS_ORIGIN = /^(label|listed|import:[\w.-]+|rule:[\w.-]+)$/;

export const AliasSchema = v.object({
  text: v.pipe(
    v.string(),
    v.minLength(1, 'must not be empty'),
    v.maxLength(LIMITS.alias, `must be at most ${LIMITS.alias} characters`),
    v.check((t) => t.replace(INVISIBLE, '').trim().length > 0, 'must contain visible characters'),
    v.check((t) => !/^[\d\s.,/-]+$/.test(t), 'must not be a number'),
    v.check((t) => !/\s{2}/.test(t) && t === t.trim(), 'must not contain stray spaces'),
    v.check((t) => !/^\?+$/.test(t), 'must not be only question marks (encoding damage)'),
  ),
  origin: v.pipe(v.string(), v.regex(ALIAS_ORIGIN, 'must be label, listed, import:<file> or rule:<name>')),
  lang: v.optional(nonEmpty),
  needsCue: v.optional(v.boolean()),
  caseSensitive: v.optional(v.boolean()),
  inCompound: v.optional(v.picklist(['head', 'tail', 'both'])),
  markWholeCompound: v.optional(v.boolean()),
});

export const RoleSchema = v.object({
  office: v.nullable(v.pipe(v.string(), v.regex(SLUG, 'must be an office id like ru.minister-of-defence'))),
  title: LocalizedSchema,
  start: v.nullable(isoDate),
  end: v.nullable(isoDate),
  source: SourceSchema,
});

export const EntitySchema = v.object({
  id: v.pipe(v.string(), v.regex(SLUG, 'must be a lower-case slug')),
  type: v.picklist(['person', 'place', 'organisation', 'term']),
  label: LocalizedSchema,
  description: LocalizedSchema,
  aliases: v.pipe(
    v.array(AliasSchema),
    v.maxLength(LIMITS.aliasesPerEntity, `must list at most ${LIMITS.aliasesPerEntity} aliases`),
  ),
  roles: v.pipe(
    v.array(RoleSchema),
    v.maxLength(LIMITS.rolesPerEntity, `must list at most ${LIMITS.rolesPerEntity} roles`),
  ),
  wikidata: v.nullable(v.pipe(v.string(), v.regex(QID, 'must be a Wikidata QID like Q7747'))),
  wikipedia: v.object({ de: v.nullable(nonEmpty), en: v.optional(v.nullable(nonEmpty)) }),
  cues: v.pipe(v.array(nonEmpty), v.maxLength(LIMITS.list, `must list at most ${LIMITS.list} cues`)),
  speaksFor: v.optional(
    v.array(
      v.object({
        entity: v.pipe(v.string(), v.regex(SLUG)),
        start: v.nullable(isoDate),
        end: v.nullable(isoDate),
      }),
    ),
  ),
  source: SourceSchema,
});

export const OfficeSchema = v.object({
  id: v.pipe(v.string(), v.regex(SLUG, 'must be a lower-case dotted slug')),
  label: LocalizedSchema,
  jurisdiction: nonEmpty,
  phrases: v.pipe(v.array(nonEmpty), v.maxLength(LIMITS.list, `must list at most ${LIMITS.list} phrases`)),
  wikidata: v.optional(v.nullable(v.pipe(v.string(), v.regex(QID, 'must be a Wikidata QID')))),
  singleHolder: v.optional(v.boolean()),
  source: SourceSchema,
});

export const BundleSchema = v.object({
  asOf: v.pipe(v.string(), v.regex(FULL_DATE, 'must be a full ISO date')),
  name: nonEmpty,
  entities: v.array(EntitySchema),
  offices: v.array(OfficeSchema),
});

export type ValidationResult = { ok: true; bundle: KnowledgeBundle } | { ok: false; errors: string[] };

export interface ValidateOptions {
  /** Entity ids that exist outside this bundle (a pack may point speaksFor at bundled people). */
  knownEntityIds?: ReadonlySet<string>;
  /** Office ids that exist outside this bundle (a pack's roles may name bundled offices). */
  knownOfficeIds?: ReadonlySet<string>;
}

/** Turns a valibot issue path into `entities[3] (sergei-shoigu).roles[0].start`. */
export function describePath(issue: v.BaseIssue<unknown>, data: unknown): string {
  let out = '';
  let node: unknown = data;
  for (const item of issue.path ?? []) {
    const key = item.key as string | number;
    if (typeof key === 'number') {
      out += `[${key}]`;
      node = Array.isArray(node) ? node[key] : undefined;
      const id = node && typeof node === 'object' ? (node as { id?: unknown }).id : undefined;
      if (typeof id === 'string') out += ` (${id})`;
    } else {
      out += out ? `.${key}` : key;
      node = node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined;
    }
  }
  return out || '(root)';
}

export function compareDates(a: string, b: string): number {
  // Partial dates compare by their known prefix: 2022 < 2022-05 is not an ordering error.
  const n = Math.min(a.length, b.length);
  return a.slice(0, n) < b.slice(0, n) ? -1 : a.slice(0, n) > b.slice(0, n) ? 1 : 0;
}

function crossChecks(bundle: KnowledgeBundle, name: string, opts: ValidateOptions): string[] {
  const errors: string[] = [];
  const officeIds = new Set<string>(opts.knownOfficeIds ?? []);
  bundle.offices.forEach((o: Office, i) => {
    if (bundle.offices.findIndex((p) => p.id === o.id) !== i) {
      errors.push(`${name}: offices[${i}] (${o.id}).id: duplicate office id`);
    }
    officeIds.add(o.id);
  });
  const entityIds = new Set<string>(opts.knownEntityIds ?? []);
  const seen = new Map<string, number>();
  const qids = new Map<string, string>();
  bundle.entities.forEach((e: Entity, i) => {
    const at = `${name}: entities[${i}] (${e.id})`;
    if (seen.has(e.id)) errors.push(`${at}.id: duplicate id (also entities[${seen.get(e.id)}])`);
    seen.set(e.id, i);
    entityIds.add(e.id);
    if (e.wikidata) {
      const other = qids.get(e.wikidata);
      if (other) errors.push(`${at}.wikidata: ${e.wikidata} is also the Wikidata id of ${other}`);
      qids.set(e.wikidata, e.id);
    }
  });
  bundle.entities.forEach((e, i) => {
    const at = `${name}: entities[${i}] (${e.id})`;
    e.roles.forEach((r, j) => {
      if (r.office && !officeIds.has(r.office))
        errors.push(`${at}.roles[${j}].office: unknown office ${r.office}`);
      if (r.start && r.end && compareDates(r.start, r.end) > 0) {
        errors.push(`${at}.roles[${j}]: start ${r.start} is after end ${r.end}`);
      }
    });
    (e.speaksFor ?? []).forEach((s, j) => {
      if (!entityIds.has(s.entity)) errors.push(`${at}.speaksFor[${j}].entity: unknown entity ${s.entity}`);
      if (s.start && s.end && compareDates(s.start, s.end) > 0) {
        errors.push(`${at}.speaksFor[${j}]: start ${s.start} is after end ${s.end}`);
      }
    });
    if (e.aliases.length === 0) errors.push(`${at}.aliases: an entity needs at least one alias`);
  });
  return errors;
}

/** Readable messages for a failed parse, each naming the file/pack, the entry and the field. */
export function formatIssues(issues: readonly v.BaseIssue<unknown>[], data: unknown, name: string): string[] {
  return issues.slice(0, 50).map((issue) => `${name}: ${describePath(issue, data)}: ${issue.message}`);
}

/** Validates untrusted knowledge (the build's output, a user's pack) against the schema and cross-references. */
export function validateBundle(data: unknown, name: string, opts: ValidateOptions = {}): ValidationResult {
  const parsed = v.safeParse(BundleSchema, data);
  if (!parsed.success) {
    return { ok: false, errors: formatIssues(parsed.issues, data, name) };
  }
  const bundle = parsed.output as KnowledgeBundle;
  const errors = crossChecks(bundle, name, opts);
  return errors.length ? { ok: false, errors } : { ok: true, bundle };
}
