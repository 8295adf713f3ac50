// Single-holder offices whose open-data holder was a mid-2022 snapshot: the overrides' successor chains
// must make holderOn() name the right person for a later article (the calls extractor resolves
// "der französische Premierminister" this way).
import { describe, expect, it } from 'vitest';
import { buildBundle } from '../../lib/knowledge/build';
import { holderOn } from '../../lib/knowledge/roles';
import { loadSourceFiles } from './load-sources';

const entities = buildBundle(loadSourceFiles(), '2026-11-26').bundle!.entities;
const who = (office: string, date: string) => holderOn(office, date, entities)?.id ?? null;

describe('successors since the 2022 snapshot', () => {
  it.each([
    ['fr.prime-minister-of-france', '2023-06-01', 'elisabeth-borne'],
    ['fr.prime-minister-of-france', '2024-03-01', 'gabriel-attal'],
    ['fr.prime-minister-of-france', '2024-10-01', 'michel-barnier'],
    ['fr.prime-minister-of-france', '2025-03-01', 'francois-bayrou'],
    ['fr.prime-minister-of-france', '2025-11-01', 'sebastien-lecornu'],
    ['fr.minister-of-europe-and-foreign-affairs', '2025-01-01', 'jean-noel-barrot'],
    ['fr.minister-of-the-armed-forces', '2025-11-01', 'catherine-vautrin'],
    ['gb.chancellor-of-the-exchequer', '2022-09-20', 'kwasi-kwarteng'],
    ['gb.chancellor-of-the-exchequer', '2023-05-01', 'jeremy-hunt'],
    ['gb.chancellor-of-the-exchequer', '2025-05-01', 'rachel-reeves'],
    ['gb.secretary-of-state-for-defence', '2024-01-01', 'grant-shapps'],
    ['gb.secretary-of-state-for-defence', '2025-01-01', 'john-healey'],
    ['il.minister-of-foreign-affairs', '2023-06-01', 'eli-cohen'],
    ['il.minister-of-foreign-affairs', '2024-06-01', 'israel-katz'],
    ['il.minister-of-the-interior-of-israel', '2024-06-01', 'moshe-arbel'],
    ['il.minister-of-foreign-affairs', '2025-05-01', 'gideon-sa-ar'],
    ['cn.minister-of-national-defense-of-the-people-s-republic-of-china', '2025-01-01', 'dong-jun'],
    ['tr.vice-president-of-turkey', '2025-01-01', 'cevdet-yilmaz'],
    ['by.prime-minister-of-belarus', '2025-06-01', 'aleksandr-turchin'],
    ['us.united-states-secretary-of-homeland-security', '2025-06-01', 'kristi-noem'],
    ['ua.minister-of-interior-affairs-of-ukraine', '2025-06-01', 'ihor-klymenko'],
    ['ir.minister-of-foreign-affairs', '2025-06-01', 'abbas-araghchi'],
    ['ir.minister-of-interior-of-the-islamic-republic-of-iran', '2025-06-01', 'eskandar-momeni'],
  ])('%s on %s: %s', (office, date, id) => {
    expect(who(office, date)).toBe(id);
  });

  it('names nobody after a holder left without a successor in the knowledge', () => {
    // Arbel left in July 2025; the temporary successor is not recorded, so no one is named.
    expect(who('il.minister-of-the-interior-of-israel', '2025-10-01')).toBeNull();
  });
});
