// From the knowledge source files (already parsed JSON, keyed by their path) to one validated,
// sorted bundle. Pure, so tests run it over data/knowledge/ without writing anything.
import * as v from 'valibot';
import { monthYearDe, monthYearEn, parseMonthYear } from './as-of';
import { formerDe } from './former';
import { aliasKey, lintBundle } from './lint';
import { mergeEntityLists } from './merge';
import { applyOverrides, OverridesFileSchema } from './overrides';
import { compareDates, EntitySchema, formatIssues, OfficeSchema, validateBundle } from './schema';
import type { Alias, Entity, KnowledgeBundle, Office } from './types';

const EntitiesFileSchema = v.object({ entities: v.array(EntitySchema) });
const OfficesFileSchema = v.object({ offices: v.array(OfficeSchema) });

export interface SourceFile {
  /** Path relative to data/knowledge, e.g. `people-ru.json` or `imported/ru-cabinet.json`. */
  path: string;
  data: unknown;
}

export interface BuildResult {
  bundle: KnowledgeBundle | null;
  errors: string[];
  stats: BuildStats;
}

export interface BuildStats {
  files: number;
  entities: number;
  byType: Record<string, number>;
  roles: number;
  aliases: number;
  offices: number;
  overrides: number;
  /** Facts (roles and entity records) cited to open-data files or Wikidata vs. to publications. */
  factsFromOpenData: number;
  factsFromPublications: number;
}

function isOpenDataCite(cite: string): boolean {
  return cite.startsWith('wikidata:') || /^[\w.-]+\/[\w.-]+@[0-9a-f]{7,40}:/.test(cite);
}

/** The German and English labels are always aliases; the build adds them where a file left them out. */
export function withLabelAliases(e: Entity): Entity {
  const have = new Set(e.aliases.map((a) => aliasKey(a.text)));
  const extra: Alias[] = [];
  for (const text of new Set([e.label.de, e.label.en])) {
    if (!have.has(aliasKey(text))) extra.push({ text, origin: 'label' });
    have.add(aliasKey(text));
  }
  return extra.length ? { ...e, aliases: [...extra, ...e.aliases] } : e;
}

/**
 * The compiled bundle cites commits by their 12-digit prefix (still unambiguous in git) to keep the
 * file the content script loads small; the source files keep the full hashes.
 */
function shortCite<T extends { cite: string }>(s: T): T {
  const cite = s.cite.replace(/@([0-9a-f]{12})[0-9a-f]{28}:/, '@$1:');
  return cite === s.cite ? s : { ...s, cite };
}

function compact(e: Entity): Entity {
  return {
    ...e,
    source: shortCite(e.source),
    roles: e.roles.map((r) => ({ ...r, source: shortCite(r.source) })),
  };
}

/**
 * A head of state or government's imported sentence names the open role by its imported title
 * ("Präsident Indiens seit 2022 (Stand Juni 2024)."); an override that corrects that title
 * ("Präsidentin Indiens") would leave the card contradicting itself, so the sentence takes the title
 * of the role that began that year. Only whole sentences of that form on world-leaders-2021 entities.
 */
function retitleLeaderSentence(e: Entity): Entity {
  if (!e.source.cite.includes('world-leaders-2021')) return e;
  const retitle = (text: string, sentence: RegExp, lang: 'de' | 'en'): string => {
    const m = text.match(sentence);
    if (!m || m[1]!.includes(';')) return text;
    const from = e.roles.filter((r) => r.start?.slice(0, 4) === m[2]);
    // Ended by an override: "Ehemalige Präsidentin Ungarns (2022–2024)." in the role's own title.
    if (from.length > 0 && from.every((r) => r.end !== null)) {
      const last = from.reduce((a, b) => (compareDates(b.end!, a.end!) > 0 ? b : a));
      const end = last.end!.slice(0, 4);
      const span = end === m[2] ? `(${end})` : `(${m[2]}–${end})`;
      return lang === 'de' ? `${formerDe(last.title.de)} ${span}.` : `Former ${last.title.en} ${span}.`;
    }
    const open = from.filter((r) => r.end === null);
    if (open.some((r) => r.title[lang] === m[1])) return text;
    // Several realms begin the same year (Charles III): the one an override retitled cites that override.
    const fixed = open.filter((r) => !r.source.cite.includes('world-leaders-2021'));
    const titles = new Set((fixed.length === 1 ? fixed : open).map((r) => r.title[lang]));
    const [title] = titles;
    return titles.size === 1 && title ? `${title}${text.slice(m[1]!.length)}` : text;
  };
  const de = retitle(e.description.de, /^(.+) seit (\d{4}) \(Stand \p{L}+ \d{4}\)\.$/u, 'de');
  const en = retitle(e.description.en, /^(.+) since (\d{4}) \(as of \p{L}+ \d{4}\)\.$/u, 'en');
  return de === e.description.de && en === e.description.en ? e : { ...e, description: { de, en } };
}

/**
 * Imported descriptions name an open role's years as "(seit 2020, Stand 2022-08)" (cabinet files) or
 * "seit 2014 (Stand Oktober 2022)" (heads of state and government). Overrides that end or confirm the
 * role would leave that text stale, so the span is rewritten from the merged roles: "(2020–2024)" once
 * every role that began that year has ended, or a later "Stand" when one was confirmed; the month is
 * written out ("Stand August 2022") as the card says it.
 */
export function refreshSpans(input: Entity): Entity {
  const e = retitleLeaderSentence(input);
  const rewrite = (
    text: string,
    open: RegExp,
    readStand: (stand: string) => string | null,
    confirmed: (year: string, latest: string) => string,
  ): string =>
    text.replace(open, (whole, year: string, standText: string) => {
      const stand = readStand(standText);
      const from = e.roles.filter((r) => r.start?.slice(0, 4) === year);
      if (from.length === 0 || stand === null) return whole;
      const still = from.filter((r) => r.end === null);
      if (still.length > 0) {
        const latest = still
          .map((r) => r.source.asOf.slice(0, 7))
          .sort()
          .at(-1)!;
        return confirmed(year, [latest, stand].sort().at(-1)!);
      }
      const end = from
        .map((r) => r.end!.slice(0, 4))
        .sort()
        .at(-1)!;
      return end === year ? `(${year})` : `(${year}–${end})`;
    });
  const same = (s: string) => s;
  let de = rewrite(
    e.description.de,
    /\(seit (\d{4}), Stand (\d{4}-\d{2})\)/g,
    same,
    (y, l) => `(seit ${y}, Stand ${monthYearDe(l)})`,
  );
  de = rewrite(
    de,
    /seit (\d{4}) \(Stand (\p{L}+ \d{4})\)/gu,
    parseMonthYear,
    (y, l) => `seit ${y} (Stand ${monthYearDe(l)})`,
  );
  let en = rewrite(
    e.description.en,
    /\(since (\d{4}), as of (\d{4}-\d{2})\)/g,
    same,
    (y, l) => `(since ${y}, as of ${monthYearEn(l)})`,
  );
  en = rewrite(
    en,
    /since (\d{4}) \(as of (\p{L}+ \d{4})\)/gu,
    parseMonthYear,
    (y, l) => `since ${y} (as of ${monthYearEn(l)})`,
  );
  return de === e.description.de && en === e.description.en ? e : { ...e, description: { de, en } };
}

export function buildBundle(files: readonly SourceFile[], asOf: string): BuildResult {
  const errors: string[] = [];
  const imported: Entity[][] = [];
  const handKept: Entity[][] = [];
  const offices: Office[] = [];
  let overrideRows: v.InferOutput<typeof OverridesFileSchema>['overrides'] = [];
  const sorted = [...files].sort((a, b) => a.path.localeCompare(b.path));
  for (const file of sorted) {
    const name = `data/knowledge/${file.path}`;
    const keys = file.data && typeof file.data === 'object' ? Object.keys(file.data) : [];
    if (keys.includes('offices')) {
      const r = v.safeParse(OfficesFileSchema, file.data);
      if (!r.success) errors.push(...formatIssues(r.issues, file.data, name));
      // A hand-kept office wins over an imported one with the same id.
      else
        for (const o of r.output.offices as Office[]) {
          const at = offices.findIndex((x) => x.id === o.id);
          if (at < 0) offices.push(o);
          else if (!file.path.startsWith('imported/')) offices[at] = o;
        }
    } else if (file.path === 'overrides.json' || file.path.startsWith('overrides/')) {
      // overrides.json first, then overrides/<domain>.json in path order (a row may use an entity an
      // earlier file added), so that each domain's review stays small.
      const r = v.safeParse(OverridesFileSchema, file.data);
      if (r.success) overrideRows = [...overrideRows, ...r.output.overrides];
      else errors.push(...formatIssues(r.issues, file.data, name));
    } else {
      const r = v.safeParse(EntitiesFileSchema, file.data);
      if (!r.success) {
        errors.push(...formatIssues(r.issues, file.data, name));
        continue;
      }
      const list = r.output.entities as Entity[];
      const ids = new Set<string>();
      list.forEach((e, i) => {
        if (ids.has(e.id)) errors.push(`${name}: entities[${i}] (${e.id}).id: duplicate id in this file`);
        ids.add(e.id);
      });
      (file.path.startsWith('imported/') ? imported : handKept).push(list);
    }
  }
  // Hand-kept files win over imported ones; among hand-kept files an id must appear only once.
  const handIds = new Map<string, string>();
  handKept.forEach((list, i) => {
    for (const e of list) {
      const prev = handIds.get(e.id);
      if (prev !== undefined) errors.push(`entity ${e.id} is defined in two hand-kept files`);
      handIds.set(e.id, String(i));
    }
  });
  const merged = mergeEntityLists([...imported, ...handKept]);
  const applied = applyOverrides(merged, overrideRows);
  errors.push(...applied.errors);
  const entities = applied.entities
    .map((e) => compact(withLabelAliases(refreshSpans(e))))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  offices.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const o of offices) o.source = shortCite(o.source);
  const candidate: KnowledgeBundle = { asOf, name: 'Kontext', entities, offices };
  const checked = validateBundle(candidate, 'bundle');
  if (!checked.ok) errors.push(...checked.errors);
  errors.push(...lintBundle(candidate));

  const byType: Record<string, number> = {};
  let roles = 0;
  let aliases = 0;
  let fromOpen = 0;
  let fromPub = 0;
  for (const e of entities) {
    byType[e.type] = (byType[e.type] ?? 0) + 1;
    roles += e.roles.length;
    aliases += e.aliases.length;
    for (const s of [e.source, ...e.roles.map((r) => r.source)]) {
      if (isOpenDataCite(s.cite)) fromOpen++;
      else fromPub++;
    }
  }
  const stats: BuildStats = {
    files: files.length,
    entities: entities.length,
    byType,
    roles,
    aliases,
    offices: offices.length,
    overrides: overrideRows.length,
    factsFromOpenData: fromOpen,
    factsFromPublications: fromPub,
  };
  return { bundle: errors.length ? null : candidate, errors, stats };
}
