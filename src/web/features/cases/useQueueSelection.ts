import { useState } from "react";
import type { CaseQueueItem } from "../../../contracts/console.ts";

export interface QueueSelection {
  /** The selected cases among those on the page, in queue order. */
  selected: CaseQueueItem[];
  isSelected: (id: string) => boolean;
  toggle: (id: string, checked: boolean) => void;
  setAll: (checked: boolean) => void;
  clear: () => void;
}

/**
 * Which cases of the page are selected for a bulk decision. Changing the filters starts afresh, so that
 * no case hidden by a filter stays selected unseen.
 */
export function useQueueSelection(items: CaseQueueItem[], resetKey: string): QueueSelection {
  const [ids, setIds] = useState<ReadonlySet<string>>(new Set());
  const [key, setKey] = useState(resetKey);
  if (key !== resetKey) {
    setKey(resetKey);
    setIds(new Set());
  }
  return {
    selected: items.filter((item) => ids.has(item.id)),
    isSelected: (id) => ids.has(id),
    toggle: (id, checked) =>
      setIds((prev) => {
        const next = new Set(prev);
        if (checked) next.add(id);
        else next.delete(id);
        return next;
      }),
    setAll: (checked) => setIds(checked ? new Set(items.map((item) => item.id)) : new Set()),
    clear: () => setIds(new Set()),
  };
}
