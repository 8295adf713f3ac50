// Who held which office on a given day. Roles carry ISO dates that may be partial (YYYY, YYYY-MM)
// or open (null); we compare them as day intervals, reading a partial date leniently as the whole
// year or month it names, so a role known only as "since 2022" counts as held in any day of 2022.

import type { Entity, Role } from './types';

const MIN_DAY = '0000-01-01';
const MAX_DAY = '9999-12-31';

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The first and last day a (possibly partial) ISO date can stand for. */
export function dayRange(date: string): [string, string] {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(date.trim());
  if (!m) return [MIN_DAY, MAX_DAY];
  const [, y, mo, d] = m;
  if (d) return [`${y}-${mo}-${d}`, `${y}-${mo}-${d}`];
  if (mo)
    return [`${y}-${mo}-01`, `${y}-${mo}-${String(daysInMonth(Number(y), Number(mo))).padStart(2, '0')}`];
  return [`${y}-01-01`, `${y}-12-31`];
}

function heldOn(start: string | null, end: string | null, date: string): boolean {
  const [lo, hi] = dayRange(date);
  const from = start ? dayRange(start)[0] : MIN_DAY;
  const to = end ? dayRange(end)[1] : MAX_DAY;
  return from <= hi && lo <= to;
}

/** How precisely a role's dates are known: exact days beat months beat years beat nothing. */
function precision(role: Role): number {
  const p = (d: string | null) => (d ? d.length : 0);
  return p(role.start) + p(role.end);
}

/** All roles the entity held on the date, in the order the knowledge lists them. */
export function rolesOn(entity: Entity, date: string): Role[] {
  return entity.roles.filter((r) => heldOn(r.start, r.end, date));
}

/** German party and parliamentary-group offices: `de.cdu-chair`, `de.spd-group-chair`. */
const PARTY_OFFICE = /^[a-z]{2}\.[a-z]+-(?:group-)?chair$/;

/** Lower ranks first: a state office before a party office, a role with an office record first. */
function rank(role: Role): number {
  if (role.office === null) return 2;
  return PARTY_OFFICE.test(role.office) ? 1 : 0;
}

function startDay(role: Role): string {
  return role.start ? dayRange(role.start)[0] : MIN_DAY;
}

/**
 * The one role to show for the date. A chancellor who also chairs a party is shown as chancellor:
 * state offices before party offices, and those before roles without an office record. Then the
 * office taken up last (the one the news is about), then the most recently confirmed fact (a monarch
 * of fifteen realms is shown for the realm the knowledge confirmed last), then the listed order.
 */
export function roleOn(entity: Entity, date: string): Role | null {
  let best: Role | null = null;
  for (const role of rolesOn(entity, date)) {
    if (!best) {
      best = role;
      continue;
    }
    const byRank = rank(role) - rank(best);
    if (byRank !== 0) {
      if (byRank < 0) best = role;
      continue;
    }
    const a = startDay(role);
    const b = startDay(best);
    if (a > b || (a === b && role.source.asOf > best.source.asOf)) best = role;
  }
  return best;
}

/** An open role is taken as still held this long after its source last confirmed it. */
const OPEN_ROLE_TRUSTED_DAYS = 366;

/**
 * Whether an open role may answer "who held the office" on the date: a 2022 snapshot's prime minister
 * is not named as the prime minister of a 2025 article (a wrong name is worse than none).
 */
function confirmedFor(role: Role, date: string): boolean {
  if (role.end !== null || !role.source.asOf) return true;
  const asOf = Date.parse(dayRange(role.source.asOf)[1]);
  const day = Date.parse(dayRange(date)[0]);
  return !(day - asOf > OPEN_ROLE_TRUSTED_DAYS * 86_400_000);
}

/**
 * The holder of an office on a date. When partial dates make two holders overlap (the day of a
 * handover), the one whose term started later and is dated more precisely wins. An open role last
 * confirmed over a year before the date answers nothing: the office may have changed hands since.
 */
export function holderOn(officeId: string, date: string, entities: readonly Entity[]): Entity | null {
  let best: { entity: Entity; role: Role } | null = null;
  for (const entity of entities) {
    for (const role of entity.roles) {
      if (role.office !== officeId || !heldOn(role.start, role.end, date)) continue;
      if (!confirmedFor(role, date)) continue;
      if (!best) {
        best = { entity, role };
        continue;
      }
      const a = role.start ? dayRange(role.start)[0] : MIN_DAY;
      const b = best.role.start ? dayRange(best.role.start)[0] : MIN_DAY;
      if (a > b || (a === b && precision(role) > precision(best.role))) best = { entity, role };
    }
  }
  return best?.entity ?? null;
}

/** For a spokesperson: the id of the principal they speak for on the date, or null. */
export function speakerFor(entity: Entity, date: string): string | null {
  for (const s of entity.speaksFor ?? []) if (heldOn(s.start, s.end, date)) return s.entity;
  return null;
}
