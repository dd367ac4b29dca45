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
    // Snapshot messages above the transcript's first go first, those past its end go last; where both
    // hold a place and disagree (a message changed under us), both are kept, the page's one after.
    const merged: ChatMessage[] = snapshot.slice(0, Math.max(0, -offset));
    let added = merged.length;
    let overlap = 0;
    this.messages.forEach((m, p) => {
      merged.push(m);
      const other = snapshot[p - offset];
      if (!other) return;
      if (other.key === m.key) overlap++;
      else {
        merged.push(other);
        added++;
      }
    });
    const tail = snapshot.slice(Math.max(0, t.length - offset));
    merged.push(...tail);
    added += tail.length;
    this.messages.splice(0, this.messages.length, ...merged);
    return { added, overlap, gap: false };
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
