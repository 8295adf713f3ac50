// Gender (Wikidata P21) of the world leaders whose rows in world-leaders-2021 carry none, from
// every-politician-scrapers/world's badges/rawdata/gender.csv: only the rows for the QIDs this import
// uses, each with its line, so that "Präsidentin" and "Premierministerin" are facts, not guesses.
// A QID missing from that file stays unknown (the masculine office name). Written by reading the whole
// file at the commit below (3,934 lines, CRLF; every page checked against the stored length) and
// matching it against the 351 QIDs that world-leaders-2021 gives the import without a gender: only
// these 7 are in it (the file covers ministers and members of other bodies, few heads of government).

export const LEADER_GENDER_REPO = 'every-politician-scrapers/world';
export const LEADER_GENDER_COMMIT = '160967a74969f78b17f776c71c96b9f7b506f6f2';
export const LEADER_GENDER_PATH = 'badges/rawdata/gender.csv';

/** QID → [gender, line in gender.csv]; Q6581072 = female, Q6581097 = male. */
export const LEADER_GENDER: Record<string, readonly ['female' | 'male', number]> = {
  Q12850075: ['male', 371], // Ali Asadov
  Q206471: ['male', 971], // Borut Pahor
  Q222031: ['male', 1068], // Aleksandar Vučić
  Q467464: ['female', 2226], // Katrín Jakobsdóttir
  Q78869: ['male', 3737], // Alexander Van der Bellen
  Q57276: ['male', 3906], // Michael D. Higgins
  Q57371: ['male', 3907], // Ilham Aliyev (also line 3908, same value)
};

/** `every-politician-scrapers/world@<commit>:badges/rawdata/gender.csv#L<n>` for a QID in the table. */
export function leaderGenderCite(qid: string): string | null {
  const row = LEADER_GENDER[qid];
  return row ? `${LEADER_GENDER_REPO}@${LEADER_GENDER_COMMIT}:${LEADER_GENDER_PATH}#L${row[1]}` : null;
}
