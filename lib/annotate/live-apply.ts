// Follows a live page without re-annotating it: marks on text that left the page are dropped, the
// text of added or edited blocks is matched on its own, as a continuation of the article (its
// evidence and chosen senses carry over), and its marks join the annotation and the highlights.
import type { EntityType } from '../knowledge/types';
import { findMentionsInSteps } from '../match/find';
import { newEvidence } from '../match/resolve';
import type { Mention } from '../match/types';
import { addMentionsInSteps, removeRanges } from '../render/paint-add';
import type { Steps } from '../steps';
import { collectText } from '../text/collect';
import type { CollectedText, TextSegment } from '../text/types';
import { type Annotation, MAX_TEXT_CHARS, type PaintInput } from './annotate-page';
import type { LivePlan } from './live-plan';

export interface LiveOutcome {
  /** Marks painted for added text. */
  added: number;
  /** Marks dropped with the text under them. */
  dropped: number;
  /**
   * A full pass would now mark more than this one did: the added text gave evidence for a name the
   * article left unlinked before, or most of the article's earlier text is gone (a new article), or
   * the text kept for removed nodes outgrew the rest.
   */
  fullPassAdvised: boolean;
}

/** The annotation's text nodes, for finding what a mutation touched (built once, kept up to date). */
export type SegmentIndex = Map<Node, TextSegment>;

export function segmentIndex(collected: CollectedText): SegmentIndex {
  const m: SegmentIndex = new Map();
  for (const s of collected.segments) m.set(s.node, s);
  return m;
}

/** Segments checked for a disconnected node between pauses. */
const SWEEP_CHUNK = 2_000;
/**
 * Added text is matched in groups of about this many characters: folding, scanning and resolving one
 * group stays well under a slice even while the engine still runs the code cold (a 1,000-item burst).
 */
const GROUP_CHARS = 16_000;
/** Text that left the page, kept unreferenced in the annotation, before a full pass starts afresh. */
const STALE_LIMIT = 1_000_000;
/** Ranges added to the highlights between pauses. */
const PAINT_BATCH = 1_000;

export interface LiveInput extends PaintInput {
  /** Leaves out of added text what the first pass left out (excludedBox). */
  excluded: (el: Element) => boolean;
  /** The marks are painted around the viewport: new ranges are made, the window registers them. */
  windowed?: () => boolean;
}

export function* liveSteps(
  a: Annotation,
  index: SegmentIndex,
  plan: LivePlan,
  { knowledge, env, look = 'both', marked = () => true, excluded, windowed }: LiveInput,
): Steps<LiveOutcome> {
  const typeOf = (id: string): EntityType => knowledge.types[id] ?? 'term';
  // 1. What is gone: text nodes out of the document, and the old text of every unit re-read below.
  const gone = new Set<TextSegment>();
  const liveChars = a.collected.text.length - (a.staleChars ?? 0);
  let leftChars = 0;
  if (plan.removed) {
    const segs = a.collected.segments;
    for (let i = 0; i < segs.length; i++) {
      const seg = segs[i]!;
      if (!seg.node.isConnected) {
        gone.add(seg);
        leftChars += seg.end - seg.start;
      }
      if ((i + 1) % SWEEP_CHUNK === 0) yield;
    }
  }
  const groups = yield* collectUnits(plan.units, excluded);
  for (const unit of plan.units) for (const t of textNodesOf(unit)) markGone(index, t, gone);
  for (const g of groups) for (const s of g.segments) markGone(index, s.node, gone);
  const dropped = gone.size > 0 ? dropSegments(a, index, gone, (d) => removeRanges(env, d, look), typeOf) : 0;
  // Most of the article left the page (replaced in place): a new article, resolved afresh.
  const emptied = gone.size > 0 && (a.collected.segments.length === 0 || leftChars * 2 > liveChars);
  // A ticker that drops old items as it adds new ones would grow the kept text without end.
  const bloated = (a.staleChars ?? 0) > Math.max(STALE_LIMIT, a.collected.text.length / 2);
  // 2. The added text, group by group, matched as a continuation of the article (each group's
  // evidence carries to the next) and painted into the article's highlights.
  a.evidence ??= newEvidence();
  let added = 0;
  for (const group of groups) {
    yield;
    const base = a.collected.text.length + 1;
    if (base + group.text.length > MAX_TEXT_CHARS) {
      a.truncatedAt ??= a.collected.text.length;
      break;
    }
    const found = yield* findMentionsInSteps(group.text, knowledge.index, GROUP_CHARS, a.evidence);
    yield;
    const painted = found.filter((m) => marked(typeOf(m.entityId)));
    const register = !windowed?.();
    const ranges = yield* addMentionsInSteps(env, group, painted, typeOf, look, PAINT_BATCH, register);
    join(a, index, group, base, found, painted, ranges);
    added += painted.length;
  }
  const widened = a.evidence.widened;
  a.evidence.widened = false;
  return { added, dropped, fullPassAdvised: emptied || bloated || widened };
}

/** Joins a group's text and marks to the annotation after its text, so offsets stay sorted. */
function join(
  a: Annotation,
  index: SegmentIndex,
  group: CollectedText,
  base: number,
  found: readonly Mention[],
  painted: readonly Mention[],
  ranges: readonly AbstractRange[],
): void {
  const segments = a.collected.segments;
  for (const s of group.segments) {
    const moved = { node: s.node, start: s.start + base, end: s.end + base };
    segments.push(moved);
    index.set(s.node, moved);
  }
  a.collected = { text: `${a.collected.text}\n${group.text}`, segments };
  const shift = (m: Mention): Mention => ({ ...m, start: m.start + base, end: m.end + base });
  for (const m of found) a.all.push(shift(m));
  for (let i = 0; i < painted.length; i++) {
    a.mentions.push(shift(painted[i]!));
    a.ranges.push(ranges[i]!);
  }
}

function markGone(index: SegmentIndex, node: Node, gone: Set<TextSegment>): void {
  const s = index.get(node);
  if (s) gone.add(s);
}

function textNodesOf(unit: Node): Node[] {
  if (unit.nodeType === 3) return [unit];
  const out: Node[] = [];
  const doc = unit.ownerDocument;
  if (!doc) return out;
  const walker = doc.createTreeWalker(unit, 4 /* SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) out.push(n);
  return out;
}

/**
 * The units' text in groups of about GROUP_CHARS (a unit is never split), a line break between units
 * so no name runs across two.
 */
function* collectUnits(units: readonly Node[], excluded: (el: Element) => boolean): Steps<CollectedText[]> {
  const groups: CollectedText[] = [];
  let parts: string[] = [];
  let segments: TextSegment[] = [];
  let length = 0;
  const close = () => {
    if (length > 0) groups.push({ text: parts.join(''), segments });
    parts = [];
    segments = [];
    length = 0;
  };
  for (const unit of units) {
    const c =
      unit.nodeType === 3
        ? textNodeText(unit as Text)
        : collectText(unit as Element, { isHidden: (el) => excluded(el) });
    if (c.text.length === 0) continue;
    if (length > 0 && length + c.text.length > GROUP_CHARS) {
      close();
      yield;
    }
    if (length > 0) {
      parts.push('\n');
      length += 1;
    }
    for (const s of c.segments) segments.push({ node: s.node, start: s.start + length, end: s.end + length });
    parts.push(c.text);
    length += c.text.length;
  }
  close();
  return groups;
}

function textNodeText(t: Text): CollectedText {
  const data = t.data;
  if (data.length === 0) return { text: '', segments: [] };
  return { text: data.replace(/[\n\r\t\f]/g, ' '), segments: [{ node: t, start: 0, end: data.length }] };
}

/**
 * Takes the segments in `gone` out of the annotation with every mention that overlaps one of them
 * (their text stays in collected.text, unreferenced, so the offsets of the rest hold).
 */
function dropSegments(
  a: Annotation,
  index: SegmentIndex,
  gone: Set<TextSegment>,
  unpaint: (d: { range: AbstractRange; type: EntityType }[]) => void,
  typeOf: (id: string) => EntityType,
): number {
  const spans = [...gone].sort((x, y) => x.start - y.start);
  for (const s of spans) a.staleChars = (a.staleChars ?? 0) + s.end - s.start;
  for (const s of spans) if (index.get(s.node) === s) index.delete(s.node);
  a.collected = { text: a.collected.text, segments: a.collected.segments.filter((s) => !gone.has(s)) };
  const hit = (m: Mention) => overlaps(spans, m.start, m.end);
  a.all = a.all.filter((m) => !hit(m));
  const mentions: Mention[] = [];
  const ranges: AbstractRange[] = [];
  const dropped: { range: AbstractRange; type: EntityType }[] = [];
  for (let i = 0; i < a.mentions.length; i++) {
    const m = a.mentions[i]!;
    if (hit(m)) dropped.push({ range: a.ranges[i]!, type: typeOf(m.entityId) });
    else {
      mentions.push(m);
      ranges.push(a.ranges[i]!);
    }
  }
  a.mentions = mentions;
  a.ranges = ranges;
  unpaint(dropped);
  return dropped.length;
}

/** Does [start, end) overlap one of the spans (sorted by start, not overlapping each other)? */
function overlaps(spans: readonly TextSegment[], start: number, end: number): boolean {
  let lo = 0;
  let hi = spans.length;
  // First span ending after `start`.
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (spans[mid]!.end > start) hi = mid;
    else lo = mid + 1;
  }
  return lo < spans.length && spans[lo]!.start < end;
}
