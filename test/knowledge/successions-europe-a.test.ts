// European heads of state and government after the October 2022 world-leaders snapshot
// (data/knowledge/overrides/europe-a.json): holderOn() must name the successor, not the 2022 holder.
import { describe, expect, it } from 'vitest';
import { buildBundle } from '../../lib/knowledge/build';
import { holderOn } from '../../lib/knowledge/roles';
import { loadSourceFiles } from './load-sources';

const entities = buildBundle(loadSourceFiles(), '2026-11-26').bundle!.entities;
const who = (office: string, date: string) => holderOn(office, date, entities)?.id ?? null;

describe('European heads since the 2022 snapshot', () => {
  it.each([
    ['at.federal-chancellor-of-austria', '2024-06-01', 'karl-nehammer'],
    ['at.federal-chancellor-of-austria', '2025-02-01', 'alexander-schallenberg'],
    ['at.federal-chancellor-of-austria', '2025-06-01', 'christian-stocker'],
    ['cz.president-of-the-czech-republic', '2023-01-15', 'milos-zeman'],
    ['cz.president-of-the-czech-republic', '2024-01-01', 'petr-pavel'],
    ['cz.prime-minister-of-the-czech-republic', '2026-01-15', 'andrej-babis'],
    ['fi.prime-minister-of-finland', '2024-01-01', 'petteri-orpo'],
    ['hu.president-of-hungary', '2024-06-01', 'tamas-sulyok'],
    ['hu.prime-minister-of-hungary', '2026-06-01', 'peter-magyar'],
    ['ie.president-of-ireland', '2025-12-01', 'catherine-connolly'],
    ['ie.taoiseach', '2023-06-01', 'leo-varadkar'],
    ['ie.taoiseach', '2024-06-01', 'simon-harris'],
    ['ie.taoiseach', '2025-06-01', 'micheal-martin'],
    ['be.prime-minister-of-belgium', '2025-06-01', 'bart-de-wever'],
    ['bg.prime-minister-of-bulgaria', '2023-09-01', 'nikolai-denkov'],
    ['bg.prime-minister-of-bulgaria', '2025-06-01', 'rosen-zhelyazkov'],
    ['bg.prime-minister-of-bulgaria', '2026-06-01', 'rumen-radev'],
    ['bg.president-of-bulgaria', '2026-03-01', 'iliana-iotova'],
    ['cy.president-of-cyprus', '2024-01-01', 'nikos-christodoulides'],
    ['ge.prime-minister-of-georgia', '2024-06-01', 'irakli-kobakhidze'],
    ['ge.president-of-georgia', '2025-06-01', 'mikheil-kavelashvili'],
    ['gr.president-of-greece', '2025-06-01', 'konstantinos-tasoulas'],
    ['gr.prime-minister-of-greece', '2023-06-10', 'ioannis-sarmas'],
    ['gr.prime-minister-of-greece', '2025-06-01', 'kyriakos-mitsotakis'],
    ['is.president-of-iceland', '2024-10-01', 'halla-tomasdottir'],
    ['is.prime-minister-of-iceland', '2024-06-01', 'bjarni-benediktsson'],
    ['is.prime-minister-of-iceland', '2025-06-01', 'kristrun-frostadottir'],
    ['ad.episcopal-co-prince', '2025-09-01', 'josep-lluis-serrano-pentinat'],
    ['ba.chairman-of-the-council-of-ministers-of-bosnia-and-herzegovina', '2023-06-01', 'borjana-kristo'],
  ])('%s on %s: %s', (office, date, id) => {
    expect(who(office, date)).toBe(id);
  });

  it('ends the terms of those who left, so they are not named afterwards', () => {
    const roleOf = (id: string, office: string) =>
      entities.find((e) => e.id === id)?.roles.filter((r) => r.office === office) ?? [];
    for (const [id, office] of [
      ['karl-nehammer', 'at.federal-chancellor-of-austria'],
      ['sanna-marin', 'fi.prime-minister-of-finland'],
      ['katalin-novak', 'hu.president-of-hungary'],
      ['viktor-orban', 'hu.prime-minister-of-hungary'],
      ['michael-d-higgins', 'ie.president-of-ireland'],
      ['alexander-de-croo', 'be.prime-minister-of-belgium'],
      ['ueli-maurer', 'ch.member-of-the-swiss-federal-council'],
      ['viola-amherd', 'ch.member-of-the-swiss-federal-council'],
    ] as const) {
      const roles = roleOf(id, office);
      expect(roles.length, id).toBeGreaterThan(0);
      expect(
        roles.every((r) => r.end !== null),
        id,
      ).toBe(true);
    }
  });
});
