// Turns the date strings pages publish into ISO dates (YYYY-MM-DD). The date is taken as the
// publisher wrote it (its local day), not converted to UTC: "2020-05-04T00:30:00+02:00" is 4 May.

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  mär: 3,
  apr: 4,
  may: 5,
  mai: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  okt: 10,
  nov: 11,
  dec: 12,
  dez: 12,
};

function iso(y: number, m: number, d: number): string | null {
  if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1 || d > 31) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export function toIsoDate(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const s = raw.trim();
  // ISO 8601 and its date-only form (JSON-LD, article:published_time, <time datetime>).
  let m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]));
  // Compact form some CMSs put in meta name=date: 20200114.
  m = /^(\d{4})(\d{2})(\d{2})(?:\D|$)/.exec(s);
  if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]));
  // German numeric: 28.01.2020.
  m = /^(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})/.exec(s);
  if (m) return iso(Number(m[3]), Number(m[2]), Number(m[1]));
  // Java Date.toString() as FAZ writes it into JSON-LD: "Tue Jan 28 15:28:56 CET 2020".
  m = /^[A-Za-z]{3} ([A-Za-z]{3}) (\d{1,2}) .*?(\d{4})$/.exec(s);
  if (m) {
    const month = MONTHS[m[1]!.toLowerCase()];
    if (month) return iso(Number(m[3]), month, Number(m[2]));
  }
  // "28. Januar 2020", "Jan 28, 2020"
  m = /(\d{1,2})\.?\s+([A-Za-zäÄ]{3})[a-zä]*\.?\s+(\d{4})/.exec(s);
  if (m) {
    const month = MONTHS[m[2]!.toLowerCase()];
    if (month) return iso(Number(m[3]), month, Number(m[1]));
  }
  m = /([A-Za-z]{3})[a-z]*\.?\s+(\d{1,2}),?\s+(\d{4})/.exec(s);
  if (m) {
    const month = MONTHS[m[1]!.toLowerCase()];
    if (month) return iso(Number(m[3]), month, Number(m[2]));
  }
  return null;
}
