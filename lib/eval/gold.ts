// The hand annotation format of ../shared/corpus/calls/*.gold.json (see the corpus README).

export interface GoldEntity {
  /** English name; mapped to a knowledge entity by its English label or aliases. */
  canonical: string;
  type: string;
  /** Exact standalone strings in the text, inflected forms included. */
  surface_forms: string[];
  /** Compounds that contain the name ("Ukraine-Krieg", "Kremlchef"). */
  in_compounds?: string[];
  notes?: string;
}

export interface GoldCall {
  participants: string[];
  date: string | null;
  duration: string | null;
  initiator: string | null;
  evidence: string[];
  demands?: string[];
  outcomes?: string[];
  first_since?: string;
  date_text?: string;
  duration_text?: string;
  notes?: string;
}

export interface GoldNotCall {
  kind: string;
  description?: string;
  evidence: string[];
}

export interface GoldFile {
  published?: string | null;
  entities: GoldEntity[];
  calls: GoldCall[];
  not_calls?: GoldNotCall[];
}

function isStringArray(v: unknown): v is string[] {
  return Array.isArray(v) && v.every((x) => typeof x === 'string');
}

/** Checks the parts the scoring relies on; returns the problems found (empty = usable). */
export function checkGold(data: unknown): string[] {
  const problems: string[] = [];
  if (typeof data !== 'object' || data === null) return ['not an object'];
  const d = data as Record<string, unknown>;
  if (!Array.isArray(d.entities)) problems.push('entities is not a list');
  else
    d.entities.forEach((e, i) => {
      const ent = e as Record<string, unknown>;
      if (typeof ent.canonical !== 'string') problems.push(`entities[${i}].canonical missing`);
      if (!isStringArray(ent.surface_forms))
        problems.push(`entities[${i}].surface_forms is not a string list`);
      if (ent.in_compounds !== undefined && !isStringArray(ent.in_compounds))
        problems.push(`entities[${i}].in_compounds is not a string list`);
    });
  if (d.calls !== undefined && !Array.isArray(d.calls)) problems.push('calls is not a list');
  else
    ((d.calls as unknown[]) ?? []).forEach((c, i) => {
      const call = c as Record<string, unknown>;
      if (!isStringArray(call.participants)) problems.push(`calls[${i}].participants is not a string list`);
      if (!isStringArray(call.evidence)) problems.push(`calls[${i}].evidence is not a string list`);
    });
  return problems;
}

/** Parses and checks a gold file's JSON; throws with all problems listed. */
export function parseGold(json: string, name: string): GoldFile {
  const data: unknown = JSON.parse(json);
  const problems = checkGold(data);
  if (problems.length) throw new Error(`${name}: ${problems.join('; ')}`);
  const gold = data as GoldFile;
  return { ...gold, calls: gold.calls ?? [], not_calls: gold.not_calls ?? [] };
}
