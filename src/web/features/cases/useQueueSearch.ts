import { getRouteApi } from "@tanstack/react-router";
import type { QueueSearch } from "./cases.search.ts";

const route = getRouteApi("/console");

/** The queue's filters from the address bar, and a way to change some of them. */
export function useQueueSearch() {
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const update = (patch: Partial<QueueSearch>, options: { replace?: boolean } = {}) =>
    navigate({ search: (prev) => ({ ...prev, ...patch }), replace: options.replace ?? true });
  return { search, update };
}
