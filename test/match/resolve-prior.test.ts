import { describe, expect, it } from 'vitest';
import { compileIndex } from '../../lib/match/compile';
import { findMentions } from '../../lib/match/find';
import { newEvidence } from '../../lib/match/resolve';
import { competingBundle } from './fixtures';
import { fixtureIndex } from './helpers';

// A live page's added text is resolved as a continuation of its article: the evidence and the senses
// the article established carry over (resolve's optional prior), and a whole text resolves as before.

const competing = compileIndex(competingBundle);
const ids = (text: string, prior?: ReturnType<typeof newEvidence>, index = fixtureIndex) =>
  findMentions(text, index, prior).map((m) => `${m.text}=${m.entityId}`);

describe('resolve with prior evidence', () => {
  it('a fresh prior changes nothing', () => {
    for (const t of [
      'Verteidigungsminister Lloyd Austin sprach. Austin sagte, Kim sei in Pjöngjang.',
      'Kim Jong Un und Kim Yo Jong. Kim lachte. Austin (Texas) ist heiß, Austin wächst.',
      'Pentagon-Sprecher Kirby sagte, Kirby wisse es. Putin und Scholz telefonierten.',
    ]) {
      expect(findMentions(t, competing, newEvidence())).toEqual(findMentions(t, competing));
      expect(findMentions(t, fixtureIndex, newEvidence())).toEqual(findMentions(t, fixtureIndex));
    }
  });

  it('a fresh prior changes nothing on random texts of competing, cue-bound and ambiguous names', () => {
    const words = [
      'Kim',
      'Kim Jong Un',
      'Kim Yo Jong',
      'Machthaber',
      'Schwester',
      'Austin',
      'Lloyd Austin',
      'Texas',
      'Austin (Texas)',
      'Pentagon-Chef',
      'Kirby',
      'Pentagon-Sprecher',
      'Georgia',
      'Georgien',
      'X',
      'Twitter',
      'auf',
      'Putin',
      'Putins',
      'Kreml',
      'Kremlchef',
      'UN',
      'un',
      'und',
      'sagte',
      '.',
      ',',
      '\n',
      'Die',
      'Minister',
    ];
    let seed = 7;
    const rnd = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let i = 0; i < 400; i++) {
      const t = Array.from({ length: 3 + rnd(25) }, () => words[rnd(words.length)]).join(' ');
      expect(findMentions(t, competing, newEvidence()), t).toEqual(findMentions(t, competing));
    }
  });

  it('a needsCue name licensed earlier in the article (full name or cue) is marked in added text', () => {
    const added = 'Austin und Kirby äußerten sich am Abend erneut.';
    expect(ids(added)).toEqual([]);
    const prior = newEvidence();
    findMentions(
      'US-Verteidigungsminister Lloyd Austin und Pentagon-Sprecher Kirby in Brüssel.',
      fixtureIndex,
      prior,
    );
    expect(ids(added, prior)).toEqual(['Austin=lloyd-austin', 'Kirby=john-kirby']);
    expect(prior.widened).toBe(false);
  });

  it('one sense per article: an ambiguous alias keeps the sense the article chose first', () => {
    const prior = newEvidence();
    expect(ids('Machthaber Kim Jong Un drohte. Kim sprach lange.', prior)).toEqual([
      'Kim Jong Un=kim-jong-un',
      'Kim=kim-jong-un',
    ]);
    const added = 'Kim Yo Jong reiste ab. Kim sagte nichts.';
    // On its own the added text would give the bare Kim to Kim Yo Jong; in the article it stays his.
    expect(ids(added)).toEqual(['Kim Yo Jong=kim-yo-jong', 'Kim=kim-yo-jong']);
    expect(ids(added, prior)).toEqual(['Kim Yo Jong=kim-yo-jong', 'Kim=kim-jong-un']);
  });

  it('says when added text licenses a name the earlier text left unmarked (a full pass would mark it)', () => {
    const prior = newEvidence();
    expect(ids('Austin sagte nichts.', prior)).toEqual([]);
    expect(prior.unlinked.has('lloyd-austin')).toBe(true);
    expect(prior.widened).toBe(false);
    expect(ids('Eine Meldung über Putin.', prior)).toEqual(['Putin=vladimir-putin']);
    expect(prior.widened).toBe(false);
    expect(ids('Lloyd Austin reiste nach Kiew.', prior)).toEqual(['Lloyd Austin=lloyd-austin', 'Kiew=kyiv']);
    expect(prior.widened).toBe(true);
  });

  it('the evidence of each text accumulates', () => {
    const prior = newEvidence();
    findMentions('Wladimir Putin sprach.', fixtureIndex, prior);
    findMentions('Lloyd Austin antwortete.', fixtureIndex, prior);
    expect([...prior.named.keys()].sort()).toEqual(['lloyd-austin', 'vladimir-putin']);
  });
});
