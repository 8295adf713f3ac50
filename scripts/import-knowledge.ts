// `npx tsx scripts/import-knowledge.ts`: turns the open data in ../shared/knowledge-sources into the
// project's own knowledge source files under data/knowledge/imported/ (one file per domain), each
// fact cited as owner/repo@commit:path#Lrow with its Wikidata id. Hand-kept files and overrides.json
// are never written here; where a hand-kept entity has the same Wikidata id, the import uses its id
// so that the build merges both, and the hand-kept aliases win every collision.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { aliasKey } from '../lib/knowledge/lint';
import { compareDates } from '../lib/knowledge/schema';
import type { Entity, Office, Role } from '../lib/knowledge/types';
import { bundestagPeople, yieldSharedSurnames } from './knowledge-import/bundestag';
import { ROOT, SOURCES_DIR, slug } from './knowledge-import/common';
import { importCongress, importStates } from './knowledge-import/congress';
import { type CountryInfo, importCountries } from './knowledge-import/countries';
import { importLeaders } from './knowledge-import/leaders';
import { germanPeopleNames, optvEntities } from './knowledge-import/optv';
import {
  committedNewer,
  importNewerOptv,
  NEWER_FILE,
  newerOptvPath,
  readNewerOptv,
} from './knowledge-import/optv-newer';
import { CABINETS, importCabinet, type Person, personEntity } from './knowledge-import/politicians';
import { importSubdivisions } from './knowledge-import/subdivisions';

const DATA = join(ROOT, 'data/knowledge');
const OUT = join(DATA, 'imported');

function readHand(): { entities: Entity[]; officeIds: Set<string> } {
  const entities: Entity[] = [];
  const officeIds = new Set<string>();
  const overridesDir = join(DATA, 'overrides');
  const files = [
    ...readdirSync(DATA).map((name) => join(DATA, name)),
    ...(existsSync(overridesDir) ? readdirSync(overridesDir).map((name) => join(overridesDir, name)) : []),
  ];
  for (const file of files) {
    if (!file.endsWith('.json') || file.endsWith('meta.json')) continue;
    const d = JSON.parse(readFileSync(file, 'utf8')) as {
      entities?: Entity[];
      offices?: Office[];
      overrides?: { action: string; entity: Entity | string }[];
    };
    entities.push(...(d.entities ?? []));
    for (const o of d.offices ?? []) officeIds.add(o.id);
    for (const row of d.overrides ?? []) if (row.action === 'addEntity') entities.push(row.entity as Entity);
  }
  return { entities, officeIds };
}

/** Lower numbers win an alias that two entities claim. */
function rank(e: Entity, handIds: Set<string>): number {
  if (handIds.has(e.id)) return 0;
  if (e.type === 'place' && !/-[a-z]{2}-[a-z0-9]+$/.test(e.id)) return 1; // countries
  if (e.type === 'organisation' && !e.id.endsWith('-fraktion')) return 2;
  if (e.type === 'place') return 3; // regions
  if (e.type === 'person') return 4;
  return 5;
}

/**
 * Every alias key claimed by two entities: the best-ranked entity keeps it; lower-ranked entities
 * drop it when the winner claims it without a cue, else everyone involved needs a cue.
 */
function resolveCollisions(imported: Entity[], hand: Entity[], log: string[]): Entity[] {
  const handIds = new Set(hand.map((e) => e.id));
  const claims = new Map<string, { id: string; rank: number; cue: boolean }[]>();
  const add = (e: Entity) => {
    for (const a of [
      ...e.aliases,
      { text: e.label.de, needsCue: false },
      { text: e.label.en, needsCue: false },
    ]) {
      const key = aliasKey(a.text);
      const list = claims.get(key) ?? [];
      const mine = list.find((c) => c.id === e.id);
      if (mine) mine.cue &&= !!a.needsCue;
      else list.push({ id: e.id, rank: rank(e, handIds), cue: !!a.needsCue });
      claims.set(key, list);
    }
  };
  hand.forEach(add);
  imported.forEach(add);
  const dropped = new Set<string>();
  const out: Entity[] = [];
  for (const e of imported) {
    const labelKeys = new Set([aliasKey(e.label.de), aliasKey(e.label.en)]);
    const lost = [...labelKeys].some((k) => {
      const others = (claims.get(k) ?? []).filter((c) => c.id !== e.id);
      return others.some((c) => c.rank < rank(e, handIds) && !c.cue);
    });
    if (lost && !handIds.has(e.id)) {
      dropped.add(e.id);
      log.push(`dropped ${e.id}: its label is taken by a better-known entity`);
      continue;
    }
    const aliases = e.aliases.flatMap((a) => {
      const key = aliasKey(a.text);
      const others = (claims.get(key) ?? []).filter((c) => c.id !== e.id && !dropped.has(c.id));
      if (others.length === 0) return [a];
      const myRank = rank(e, handIds);
      if (others.some((c) => c.rank < myRank && !c.cue)) {
        if (labelKeys.has(key)) return [{ ...a, needsCue: true }];
        return [];
      }
      if (others.every((c) => c.rank > myRank)) return [a];
      return [{ ...a, needsCue: true }];
    });
    out.push({ ...e, aliases });
  }
  return out;
}

/**
 * Wikidata often holds one term twice (election and inauguration date, or a reappointment the next
 * day): a person's overlapping terms in the same office become one, noted on the source.
 */
function mergeOwnOverlaps(people: Map<string, Person>, log: string[]): void {
  for (const p of people.values()) {
    const valid = p.roles.filter((r) => {
      const bad = r.start && r.end && compareDates(r.start, r.end) > 0;
      if (bad) log.push(`skipped ${r.source.cite}: ${p.nameEn} starts ${r.start} after the end ${r.end}`);
      return !bad;
    });
    const sorted = [...valid].sort((a, b) => (a.start ?? '').localeCompare(b.start ?? ''));
    const out: Role[] = [];
    for (const r of sorted) {
      const prev = out.findLast((x) => x.office && x.office === r.office);
      const overlaps =
        prev && r.start && prev.start && (prev.end === null || compareDates(r.start, prev.end) <= 0);
      if (prev && overlaps) {
        prev.end =
          prev.end === null || r.end === null ? null : compareDates(prev.end, r.end) >= 0 ? prev.end : r.end;
        prev.source = {
          ...prev.source,
          note: `Merged with an overlapping statement for the same term (${r.source.cite}).`,
        };
      } else out.push({ ...r });
    }
    p.roles = out;
  }
}

/**
 * An office counts as single-holder only where the data agrees: where two people's terms overlap
 * (acting ministers, election vs. inauguration dates) the flag is dropped and the conflict noted.
 */
function downgradeContradictedOffices(
  offices: Map<string, Office>,
  people: Map<string, Person>,
  handOffices: Set<string>,
): void {
  const terms = new Map<string, { qid: string; start: string; end: string | null }[]>();
  for (const p of people.values()) {
    if (!p.relevant) continue;
    for (const r of p.roles) {
      if (!r.office || !r.start) continue;
      terms.set(r.office, [...(terms.get(r.office) ?? []), { qid: p.qid, start: r.start, end: r.end }]);
    }
  }
  for (const [id, list] of terms) {
    const office = offices.get(id);
    if (!office?.singleHolder || handOffices.has(id)) continue;
    list.sort((a, b) => compareDates(a.start, b.start));
    let conflicts = 0;
    for (let i = 1; i < list.length; i++) {
      const prev = list[i - 1]!;
      if (prev.end === null || compareDates(list[i]!.start, prev.end) < 0) conflicts++;
    }
    if (conflicts > 0) {
      delete office.singleHolder;
      office.source = {
        ...office.source,
        note: `Not marked single-holder: ${conflicts} overlapping term(s) in the Wikidata snapshot (acting holders or differing start dates).`,
      };
    }
  }
}

function write(name: string, body: object): void {
  writeFileSync(join(OUT, name), `${JSON.stringify(body, null, 1)}\n`);
}

function byId<T extends { id: string }>(list: T[]): T[] {
  return [...list].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function main(): void {
  if (!existsSync(join(SOURCES_DIR, 'SOURCES.json'))) {
    console.error(
      `import: no open data at ${SOURCES_DIR} (set KONTEXT_SOURCES); data/knowledge/imported/ left as it is.`,
    );
    process.exit(1);
  }
  const keptNewer = committedNewer(OUT);
  const hand = readHand();
  const handByQid = new Map(hand.entities.filter((e) => e.wikidata).map((e) => [e.wikidata!, e.id]));
  const { entities: countryEntities, byCc } = importCountries();
  const offices = new Map<string, Office>();
  const people = new Map<string, Person>();
  for (const cab of CABINETS) importCabinet(cab, byCc, offices, people);
  importLeaders(byCc, offices, people);

  const log: string[] = [];
  mergeOwnOverlaps(people, log);
  downgradeContradictedOffices(offices, people, hand.officeIds);

  const german = germanPeopleNames();
  const usedIds = new Set<string>([...hand.entities.map((e) => e.id)]);
  const withHandIds = (e: Entity): Entity => {
    const handId = e.wikidata ? handByQid.get(e.wikidata) : undefined;
    return handId ? { ...e, id: handId } : e;
  };
  const countriesOut = countryEntities.map(withHandIds);
  for (const e of countriesOut) usedIds.add(e.id);
  const orgs = optvEntities().map(withHandIds);
  for (const e of orgs) usedIds.add(e.id);
  const regions = [...importSubdivisions(byCc as Map<string, CountryInfo>), ...importStates()];
  for (const e of regions) usedIds.add(e.id);

  const peopleByCc = new Map<string, Entity[]>();
  for (const p of people.values()) {
    if (!p.relevant) continue;
    let id = handByQid.get(p.qid);
    if (!id) {
      id = slug(p.nameEn) || p.qid.toLowerCase();
      if (usedIds.has(id)) id = `${id}-${p.qid.toLowerCase()}`;
    }
    usedIds.add(id);
    const e = personEntity(p, id, german.get(p.qid), byCc.get(p.cc));
    const list = peopleByCc.get(p.cc) ?? [];
    list.push(e);
    peopleByCc.set(p.cc, list);
  }

  // Congress people may already be known from the cabinet files or by hand: same Wikidata id, same id.
  const idByQid = new Map<string, string>([...handByQid]);
  for (const e of [...peopleByCc.values()].flat()) if (e.wikidata) idByQid.set(e.wikidata, e.id);
  const cabinetById = new Map([...peopleByCc.values()].flat().map((e) => [e.id, e]));
  const congress: Entity[] = [];
  for (const e of importCongress(offices)) {
    const known = e.wikidata ? idByQid.get(e.wikidata) : undefined;
    const cabinet = known ? cabinetById.get(known) : undefined;
    if (cabinet) {
      // The 2026 congress-legislators file knows how 2022's open terms ended: its roles win.
      for (const r of e.roles) {
        const i = cabinet.roles.findIndex((x) => x.office === r.office && x.start === r.start);
        if (i >= 0) cabinet.roles[i] = r;
        else cabinet.roles.push(r);
      }
      cabinet.roles.sort((a, b) => (a.start ?? '').localeCompare(b.start ?? ''));
      continue;
    }
    if (known) {
      congress.push({ ...e, id: known });
      continue;
    }
    const id = usedIds.has(e.id) ? `${e.id}-us` : e.id;
    usedIds.add(id);
    congress.push({ ...e, id });
  }
  const all = [...congress, ...countriesOut, ...orgs, ...regions, ...[...peopleByCc.values()].flat()];
  const resolved = new Map(resolveCollisions(all, hand.entities, log).map((e) => [e.id, e]));
  const pick = (list: Entity[]) => byId(list.map((e) => resolved.get(e.id)).filter((e): e is Entity => !!e));

  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  const header = {
    generatedBy: 'scripts/import-knowledge.ts',
    note: 'Generated: edit the importer or overrides.json, not this file.',
  };
  write('countries.json', { ...header, entities: pick(countriesOut) });
  write('organisations.json', { ...header, entities: pick(orgs) });
  write('regions.json', { ...header, entities: pick(regions) });
  const groups = new Map<string, Entity[]>();
  for (const [cc, list] of peopleByCc) {
    const file = ['RU', 'UA', 'BY', 'US', 'GB', 'FR', 'IL', 'IR', 'TR', 'CN'].includes(cc)
      ? cc.toLowerCase()
      : 'world';
    groups.set(file, [...(groups.get(file) ?? []), ...list]);
  }
  for (const [file, list] of groups) write(`people-${file}.json`, { ...header, entities: pick(list) });
  const used = new Set([...resolved.values()].flatMap((e) => e.roles.map((r) => r.office)));
  const officeList = byId([...offices.values()].filter((o) => !hand.officeIds.has(o.id) && used.has(o.id)));
  write('people-us-congress.json', { ...header, entities: pick(congress) });
  write('offices.json', { ...header, offices: officeList });
  // Bundestag speakers come last: they yield every name and Wikidata id to what is already known.
  const bundestag = bundestagPeople([...hand.entities, ...resolved.values()]);
  // The newer OpenParliamentTV copy (21st Bundestag) yields to everything above, the older speakers too;
  // without the cache its committed output stays. Older speakers give up surnames newer ones share.
  const newerPath = newerOptvPath();
  const newer = newerPath
    ? importNewerOptv(readNewerOptv(newerPath), [
        ...hand.entities,
        ...resolved.values(),
        ...bundestag.entities,
      ])
    : null;
  const newerEntities =
    newer?.entities ?? (keptNewer ? (JSON.parse(keptNewer) as { entities: Entity[] }).entities : []);
  const speakers = yieldSharedSurnames(bundestag.entities, newerEntities, bundestag.log);
  write('people-bundestag.json', { ...header, entities: speakers });
  if (newer) write(NEWER_FILE, { ...header, entities: newer.entities });
  else if (keptNewer) writeFileSync(join(OUT, NEWER_FILE), keptNewer);
  const total = resolved.size;
  console.log(
    `import: ${total} entities (${countriesOut.length} countries, ${orgs.length} organisations/terms, ${regions.length} regions, ` +
      `${[...peopleByCc.values()].flat().length} people), ${officeList.length} offices; ${log.length} dropped`,
  );
  for (const l of log.slice(0, 30)) console.log(`  ${l}`);
  const b = bundestag.counts;
  console.log(
    `import: Bundestag speakers: ${b.rows} rows, ${b.imported} imported, ${b.known} already known by Wikidata id, ` +
      `${b.skipped} skipped; ${b.surnames} cue-bound surname aliases; ${bundestag.log.length} notes`,
  );
  for (const l of bundestag.log.filter((x) => x.startsWith('skipped'))) console.log(`  ${l}`);
  const shared = bundestag.log.filter((l) => l.endsWith("also a newer speaker's surname")).length;
  if (newer) {
    const n = newer.people.counts;
    console.log(
      `import: newer OpenParliamentTV (${newerPath}): ${newer.newRows} rows the older copy lacks; ` +
        `${newer.organisations} organisations, ${n.imported} of ${n.rows} people imported, ${n.known} already known, ` +
        `${n.skipped} skipped; ${n.surnames} cue-bound surname aliases; ${newer.people.log.length} notes; ` +
        `${shared} older speakers' surnames now shared`,
    );
    for (const l of newer.people.log.filter((x) => x.startsWith('skipped'))) console.log(`  ${l}`);
  } else if (keptNewer) {
    console.log(
      `import: no newer OpenParliamentTV copy (set KONTEXT_OPTV_NEWER); ${NEWER_FILE} kept as committed; ` +
        `${shared} older speakers' surnames shared with it`,
    );
  } else console.log('import: no newer OpenParliamentTV copy (set KONTEXT_OPTV_NEWER) and none committed.');
}

main();
