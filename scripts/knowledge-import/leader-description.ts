// One German and one English sentence for a person known from world-leaders-2021 (no cabinet file, so
// no nationality adjective): "Präsident Ägyptens seit 2014 (Stand Oktober 2022)." or
// "Ehemalige Ministerpräsidentin Dänemarks (2019–2022)." lib/knowledge/build.ts `refreshSpans` reads
// the "seit … (Stand …)" form back when an override confirms or ends the role.
import { monthYearDe, monthYearEn } from '../../lib/knowledge/as-of';
import { formerDe } from '../../lib/knowledge/former';
import type { Role } from '../../lib/knowledge/types';

/** The role a card should name: the latest one still held, else the latest that ended. */
export function mainRole(roles: readonly Role[]): Role | undefined {
  const byStart = [...roles].sort((a, b) => (a.start ?? '').localeCompare(b.start ?? ''));
  const withOffice = byStart.filter((r) => r.office);
  const pool = withOffice.length ? withOffice : byStart;
  return pool.filter((r) => r.end === null).at(-1) ?? pool.at(-1);
}

export function leaderDescription(role: Role): { de: string; en: string } {
  const from = role.start?.slice(0, 4) ?? null;
  const to = role.end?.slice(0, 4) ?? null;
  const { de, en } = role.title;
  if (to === null) {
    const asOf = role.source.asOf;
    return from
      ? {
          de: `${de} seit ${from} (Stand ${monthYearDe(asOf)}).`,
          en: `${en} since ${from} (as of ${monthYearEn(asOf)}).`,
        }
      : { de: `${de} (Stand ${monthYearDe(asOf)}).`, en: `${en} (as of ${monthYearEn(asOf)}).` };
  }
  const span = !from || from === to ? to : `${from}–${to}`;
  return { de: `${formerDe(de)} (${span}).`, en: `Former ${en} (${span}).` };
}
