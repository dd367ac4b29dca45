import type { RegionPick } from '../../utils/schemas/messages';
import type { ScriptSlot } from '../../utils/page-ui/script-slot';
import { pickRegion } from './picker';
import { mountStatusToast, type StatusToast } from './status-toast';

export interface PageToolsUi {
  /** Shows a status line (mounted on first use); nothing once the page tools have ended. */
  status(text: string, done: boolean): void;
  /** Hides our UI while the page is pictured. */
  setHidden(hidden: boolean): void;
  /** The user's pick; undefined when cancelled, or when the page tools end meanwhile. */
  pick(hint: string): Promise<RegionPick | undefined>;
}

/**
 * Everything the page tools put on a page, bound to their slot: when the slot ends (the extension was
 * reloaded, updated or removed) the status line is removed and a pick in progress is cancelled, so no
 * UI is left that nothing answers.
 */
export function pageToolsUi(doc: Document, slot: ScriptSlot): PageToolsUi {
  let toast: StatusToast | undefined;
  let hidden = false;
  const picks = new Set<AbortController>();
  slot.onEnd(() => {
    for (const pick of picks) pick.abort();
    toast?.host.remove();
    toast = undefined;
  });
  return {
    status(text, done) {
      if (!slot.alive()) return;
      toast ??= mountStatusToast(doc);
      toast.setHidden(hidden);
      toast.show(text, done);
    },
    setHidden(h) {
      hidden = h;
      toast?.setHidden(h);
    },
    async pick(hint) {
      const abort = new AbortController();
      picks.add(abort);
      try {
        return await pickRegion(doc, hint, abort.signal);
      } finally {
        picks.delete(abort);
      }
    },
  };
}
