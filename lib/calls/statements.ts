// What was demanded, agreed, rejected or said about a call, found in the call's own sentences.
// Each statement keeps who made it (`by`, an entity id) and who reported it (`source`).

import type { CallStatement } from './types';

export type StatementKind = 'demand' | 'agree' | 'reject' | 'accuse' | 'assess';

export interface RawStatement {
  kind: StatementKind;
  /** Position of the verb or evaluative word. */
  start: number;
  end: number;
  plover: 'REQUEST' | 'AGREE' | 'REJECT' | 'ACCUSE' | 'ASSESS';
}

interface Cue {
  re: RegExp;
  kind: StatementKind;
}

const W = '(?<![\\p{L}])';
const E = '(?![\\p{L}])';
const CUES: Cue[] = [
  // Rejections before demands: "den Vorwurf zurückgewiesen" is no demand.
  {
    kind: 'reject',
    re: new RegExp(
      `${W}(?:wies|wiesen|weist)\\s+(?:[^,.;]+?\\s+)?zurück${E}|${W}zurückgewiesen${E}|${W}zurückzuweisen${E}|${W}(?:lehnte|lehnten|lehnt)\\s+(?:[^,.;]+?\\s+)?ab${E}|${W}abgelehnt${E}|${W}Ablehnung${E}`,
      'giu',
    ),
  },
  {
    kind: 'accuse',
    re: new RegExp(
      `${W}(?:warf|warfen|wirft)\\s+(?:[^,.;]+?\\s+)?vor${E}|${W}vorgeworfen${E}|${W}beschuldigt\\p{L}*|${W}kritisiert\\p{L}*|${W}verurteilt\\p{L}*`,
      'giu',
    ),
  },
  {
    kind: 'demand',
    re: new RegExp(
      `${W}(?:forderte|forderten|fordert|forderten|gefordert|aufgefordert|aufforderte|aufzufordern|drängte|drängten|drängt|gedrängt|verlangte|verlangten|verlangt|appellierte|appellierten|appelliert|mahnte|mahnten|mahnt|ermahnte|angemahnt|mahnte\\s+an)${E}|${W}(?:bestand|bestehe|besteht|bestehen|pochte|pocht)\\s+(?:[^,.;]+?\\s+)?(?:auf|darauf)${E}|${W}auf\\s+[^,.;]+?\\s+(?:bestehe|besteht|bestand|bestehen|pochte|poche)${E}|${W}(?:rief|riefen|ruft)\\s+(?:[^,.;]+?\\s+)?auf${E}|${W}(?:bat|baten|bittet|bitten|gebeten|ersuchte)\\s+(?:[^,.;]+?\\s+)?um(?!\\s+(?:ein|einen|das|dieses|den)\\s+(?:Telefonat|Gespräch|Anruf|Rückruf))${E}|${W}Forderung${E}|${W}(?:muss|müsse|müssen|müsste|müssten)${E}|${W}(?:Ruf|Aufruf)\\s+nach${E}`,
      'giu',
    ),
  },
  {
    kind: 'agree',
    re: new RegExp(
      `${W}(?:vereinbarten|vereinbarte|vereinbart|verabredet|verabredeten|einigten\\s+sich|einigte\\s+sich|geeinigt|übereingekommen|kamen\\s+überein|sagte\\s+(?:[^,.;]+?\\s+)?zu|sagten\\s+(?:[^,.;]+?\\s+)?zu|zugesagt|zugestimmt|stimmte\\s+(?:[^,.;]+?\\s+)?zu|Einigung|Zusage|Bereitschaft|bereit\\s+erklärt)${E}`,
      'giu',
    ),
  },
  {
    kind: 'assess',
    re: new RegExp(
      `${W}(?:professionell|produktiv|konstruktiv|sachlich|ehrlich|freundlich|herzlich|ausführlich|detailliert|intensiv|schwierig|angespannt|respektvoll|substanziell|ergebnislos|gutes\\s+Zeichen|gute[ns]?\\s+Gespräch|keine\\s+(?:[„"“]?\\p{L}+\\s+)?Probleme?[“"]?\\s+(?:[^,.;]+?\\s+)?(?:gelöst|löste|lösen)|keine\\s+Änderung|keine\\s+Fortschritte|kein\\s+Durchbruch)\\p{L}{0,2}${E}`,
      'giu',
    ),
  },
];

const PLOVER: Record<StatementKind, RawStatement['plover']> = {
  demand: 'REQUEST',
  agree: 'AGREE',
  reject: 'REJECT',
  accuse: 'ACCUSE',
  assess: 'ASSESS',
};

// The extractor asks for the same sentence's cues three or four times (attribution, continuation):
// remember them for the article being read. A new text clears the memory.
let memoText: string | null = null;
const memo = new Map<string, readonly RawStatement[]>();

/** Statement cues in text[start, end), non-overlapping, earlier cue lists winning. */
export function findStatementCues(text: string, start: number, end: number): readonly RawStatement[] {
  if (memoText !== text) {
    memoText = text;
    memo.clear();
  }
  const key = `${start}:${end}`;
  let found = memo.get(key);
  if (!found) {
    found = scanStatementCues(text, start, end);
    memo.set(key, found);
  }
  return found;
}

function scanStatementCues(text: string, start: number, end: number): RawStatement[] {
  const part = text.slice(start, end);
  const out: RawStatement[] = [];
  for (const cue of CUES) {
    cue.re.lastIndex = 0;
    for (let m = cue.re.exec(part); m; m = cue.re.exec(part)) {
      const s = start + m.index;
      const e = s + m[0].length;
      if (out.some((o) => o.start < e && s < o.end)) continue;
      // A passive "war … zurückgewiesen worden" reports an earlier rebuff, not something said in the call.
      if (cue.kind === 'reject' && /^\s*worden/u.test(text.slice(e, e + 10))) continue;
      // "hat einem Anruf zugestimmt": agreeing to the call itself is about who asked, not an outcome.
      if (
        cue.kind === 'agree' &&
        /(?:Anruf|Telefonat|Gespräch|Telefongespräch)\p{L}*\s+(?:\p{L}+\s+){0,3}$/u.test(
          text.slice(Math.max(start, s - 60), s),
        )
      )
        continue;
      out.push({ kind: cue.kind, start: s, end: e, plover: PLOVER[cue.kind] });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** PLOVER mode of a REQUEST from what is asked for. */
export function requestMode(clause: string): 'assist' | 'change' | 'yield' | 'meet' {
  if (YIELD_RE.test(clause)) return 'yield';
  if (MILITARY_AID_RE.test(clause) || AID_RE.test(clause)) return 'assist';
  if (/Treffen|Gespräch|Verhandlung|Kontakt|Kommunikation|Dialog|Gipfel|Besuch/iu.test(clause)) return 'meet';
  return 'change';
}

const YIELD_RE =
  /Waffenstillstand|Waffenruhe|Feuerpause|Rückzug|abzuziehen|Abzug|Kapitulation|Truppen\s+zurück|Ende\s+des\s+Krieg|Krieg\p{L}*\s+(?:\p{L}+\s+)?(?:enden|beenden)|Blutvergießen/iu;
const MILITARY_AID_RE = /Waffen|Munition|Luftabwehr|Flugabwehr|Panzer|Raketen|Kampfjets|Militärhilfe/iu;
const AID_RE = /Hilfe|Unterstützung|Lieferung|Hilfspaket|Geld|Finanz|Kredit|Sanktionen\s+aufheben/iu;

/** CAMEO 10x for a demand where the object is clear, else the generic 100. */
export function demandCameo(clause: string): string {
  if (/Waffenstillstand|Waffenruhe|Feuerpause/iu.test(clause)) return '107';
  if (/Rückzug|abzuziehen|Abzug/iu.test(clause)) return '106';
  if (/Treffen|Verhandlung|Gespräch|Dialog|Kommunikation|Kontakt/iu.test(clause)) return '108';
  // 103x: economic, military, humanitarian aid; 103 aid or protection in general.
  if (MILITARY_AID_RE.test(clause)) return '1032';
  if (/humanitär/iu.test(clause)) return '1033';
  if (/Finanz|Geld|Kredit|Wirtschaftshilfe/iu.test(clause)) return '1031';
  if (/Hilfe|Unterstützung|Schutz|Hilfspaket/iu.test(clause)) return '103';
  if (/Vermittlung/iu.test(clause)) return '105';
  if (/Aufklärung|Untersuchung|Information/iu.test(clause)) return '101';
  return '100';
}

export type { CallStatement };
