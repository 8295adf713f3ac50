// The toolbar badge: how many different entities the page names. Empty hides the badge.
export function badgeText(count: number): string {
  if (!Number.isFinite(count) || count <= 0) return '';
  return count > 999 ? '999+' : String(Math.floor(count));
}
