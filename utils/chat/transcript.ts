import type { ChatMessage } from './types';

export interface MergeResult {
  added: number;
  /** Messages of the snapshot already in the transcript. */
  overlap: number;
  /** The snapshot shared nothing with a non-empty transcript: something between them may be missing. */
  gap: boolean;
}

/** A place where two bands did not overlap: between the messages with these keys. */
export interface GapMark {
  afterKey?: string;
  beforeKey?: string;
}

/**
 * The transcript built from snapshots of the list (what the DOM held at each band). A virtualised list
 * holds a contiguous window of the thread, so each snapshot is aligned to the transcript where their
 * keys agree best, and only messages not already there are inserted, in place. Identical messages (same
 * sender, minute and text, no id) are told apart by position: alignment matches them one to one.
 */
export class TranscriptBuilder {
  readonly messages: ChatMessage[] = [];
  readonly gaps: GapMark[] = [];

  add(snapshot: readonly ChatMessage[]): MergeResult {
    if (!snapshot.length) return { added: 0, overlap: 0, gap: false };
    const t = this.messages.map((m) => m.key);
    const s = snapshot.map((m) => m.key);
    const offset = this.align(
      t,
      s,
      this.messages.map((m) => m.y),
      snapshot.map((m) => m.y),
    );
    if (offset === undefined) {
      const gap = t.length > 0;
      if (gap) this.gaps.push({ afterKey: t.at(-1), beforeKey: s[0] });
      this.messages.push(...snapshot);
      return { added: snapshot.length, overlap: 0, gap };
    }
    // The snapshot is merged into the transcript from a little before where it aligns: messages both hold
    // (the best-scoring common subsequence) are kept once, each side's others go between them in order. A
    // snapshot read while the list was still building its rows can miss some in the middle; a later one
    // puts them back in place, never twice.
    const lo = Math.max(0, offset - snapshot.length);
    const win = this.messages.slice(lo);
    const merged = this.messages.slice(0, lo);
    let i = 0;
    let j = 0;
    let added = 0;
    const between = (iEnd: number, jEnd: number) => {
      const mine = snapshot.slice(j, jEnd);
      added += mine.length;
      merged.push(...interleave(win.slice(i, iEnd), mine));
    };
    const pairs = commonRun(win, snapshot);
    for (const [pi, pj] of pairs) {
      between(pi, pj);
      merged.push(win[pi]!);
      i = pi + 1;
      j = pj + 1;
    }
    between(win.length, snapshot.length);
    this.messages.splice(0, this.messages.length, ...merged);
    return { added, overlap: pairs.length, gap: false };
  }

  /**
   * The offset d (transcript index = snapshot index + d) with the most agreeing keys and fewest
   * disagreements; ties go to the later place, since bands are walked top to bottom.
   */
  private align(
    t: readonly string[],
    s: readonly string[],
    ty: readonly (number | undefined)[],
    sy: readonly (number | undefined)[],
  ): number | undefined {
    if (!t.length) return undefined;
    const positions = new Map<string, number[]>();
    t.forEach((k, i) => {
      const list = positions.get(k);
      if (list) list.push(i);
      else positions.set(k, [i]);
    });
    const tried = new Set<number>();
    let best: { d: number; score: number } | undefined;
    s.forEach((k, j) => {
      for (const p of positions.get(k) ?? []) {
        const d = p - j;
        if (tried.has(d)) continue;
        tried.add(d);
        let match = 0;
        let placed = 0;
        let miss = 0;
        for (let i = Math.max(0, -d); i < s.length && i + d < t.length; i++) {
          if (t[i + d] !== s[i]) miss++;
          else {
            match++;
            const a = ty[i + d];
            const b = sy[i];
            if (a !== undefined && b !== undefined && Math.abs(a - b) < 4) placed++;
          }
        }
        // Same key at the same place in the list counts most: it is what tells a run of identical
        // messages apart, where keys alone fit several offsets equally well.
        const score = match + 2 * placed - 2 * miss;
        if (match > 0 && (!best || score > best.score || (score === best.score && d > best.d))) best = { d, score };
      }
    });
    return best?.d;
  }

  /** Unique keys for storage: a repeated key gets `#2`, `#3` in order. */
  finalKeys(): string[] {
    const seen = new Map<string, number>();
    return this.messages.map((m) => {
      const n = (seen.get(m.key) ?? 0) + 1;
      seen.set(m.key, n);
      return n === 1 ? m.key : `${m.key}#${n}`;
    });
  }

  /** Where the gaps are now, as positions in the transcript (1-based: "after message N"). */
  gapPositions(): { after: number }[] {
    return this.gaps.map((g) => ({ after: g.afterKey ? this.messages.findIndex((m) => m.key === g.afterKey) + 1 : 0 }));
  }
}

/** Same key at the same place in the list (CSS px from its top, when both were read with one). */
const placed = (a: ChatMessage, b: ChatMessage) => a.y !== undefined && b.y !== undefined && Math.abs(a.y - b.y) < 4;

const weight = (a: ChatMessage, b: ChatMessage) => (placed(a, b) ? 3 : 1);

/**
 * The pairs (transcript index, snapshot index) of the best common subsequence. A pair at the same place
 * counts three times one read at another place (a list whose rows moved), which is what tells a run of
 * identical messages apart: shifted by one, they would pair up more often but nowhere in place.
 */
function commonRun(t: readonly ChatMessage[], s: readonly ChatMessage[]): [number, number][] {
  const n = t.length;
  const m = s.length;
  const score = Array.from({ length: n + 1 }, () => new Int32Array(m + 1));
  for (let a = n - 1; a >= 0; a--)
    for (let b = m - 1; b >= 0; b--) {
      const skip = Math.max(score[a + 1]![b]!, score[a]![b + 1]!);
      const take = t[a]!.key === s[b]!.key ? weight(t[a]!, s[b]!) + score[a + 1]![b + 1]! : -1;
      score[a]![b] = Math.max(skip, take);
    }
  const pairs: [number, number][] = [];
  let a = 0;
  let b = 0;
  while (a < n && b < m) {
    const here = score[a]![b]!;
    if (t[a]!.key === s[b]!.key && here === weight(t[a]!, s[b]!) + score[a + 1]![b + 1]!) {
      pairs.push([a, b]);
      a++;
      b++;
    } else if (here === score[a + 1]![b]) a++;
    else b++;
  }
  return pairs;
}

/**
 * Messages only the transcript holds and messages only the snapshot holds, between the same two neighbours:
 * by their place in the list when all have one, else the transcript's first (it was read earlier, higher up).
 */
function interleave(mine: ChatMessage[], theirs: ChatMessage[]): ChatMessage[] {
  if (!mine.length || !theirs.length) return [...mine, ...theirs];
  const all = [...mine, ...theirs];
  if (all.some((m) => m.y === undefined)) return all;
  const out: ChatMessage[] = [];
  let a = 0;
  let b = 0;
  while (a < mine.length || b < theirs.length) {
    if (b >= theirs.length || (a < mine.length && mine[a]!.y! <= theirs[b]!.y!)) out.push(mine[a++]!);
    else out.push(theirs[b++]!);
  }
  return out;
}
