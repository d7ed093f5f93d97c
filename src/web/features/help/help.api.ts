import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { pageOf } from "../../../contracts/common.ts";
import {
  AdminHelpArticle,
  HelpArticle,
  type HelpArticleInput,
  HelpCenter,
  HelpSearchResults,
  RouteAnswer,
  type RouteRequest,
} from "../../../contracts/help.ts";
import { getParsed, requestJson, withQuery } from "../../api/http.ts";

const AdminPage = pageOf(AdminHelpArticle);

export const helpKeys = {
  center: ["help", "center"] as const,
  article: (slug: string) => ["help", "article", slug] as const,
  search: (q: string) => ["help", "search", q] as const,
  route: (request: RouteRequest) => ["help", "route", request] as const,
  adminList: ["help", "admin", "list"] as const,
  adminArticle: (id: string) => ["help", "admin", "article", id] as const,
};

export function useHelpCenter() {
  return useQuery({
    queryKey: helpKeys.center,
    queryFn: ({ signal }) => getParsed("/api/v1/help", HelpCenter, signal),
  });
}

export function useHelpArticle(slug: string) {
  return useQuery({
    queryKey: helpKeys.article(slug),
    queryFn: ({ signal }) =>
      getParsed(`/api/v1/help/articles/${encodeURIComponent(slug)}`, HelpArticle, signal),
  });
}

/** Searches once there are two characters to search by. */
export function useHelpSearch(q: string) {
  return useQuery({
    queryKey: helpKeys.search(q),
    queryFn: ({ signal }) => getParsed(withQuery("/api/v1/help/search", { q }), HelpSearchResults, signal),
    enabled: q.trim().length >= 2,
  });
}

const askRoute = (request: RouteRequest, signal?: AbortSignal) =>
  requestJson("/api/v1/help/route", { method: "POST", body: request, signal }).then((body) =>
    RouteAnswer.parse(body),
  );

/** The assistant's answer to what the user told it, on demand. */
export function useAskRoute() {
  return useMutation({ mutationFn: (request: RouteRequest) => askRoute(request) });
}

/** The same answer for text being typed (the caller settles the text first); none for an empty request. */
export function useRouteFor(request: RouteRequest | null) {
  return useQuery({
    queryKey: helpKeys.route(request ?? { text: "" }),
    queryFn: ({ signal }) => askRoute(request!, signal),
    enabled: request !== null,
    staleTime: Number.POSITIVE_INFINITY,
    retry: false,
  });
}

export function useAdminHelpArticles() {
  return useInfiniteQuery({
    queryKey: helpKeys.adminList,
    queryFn: ({ pageParam, signal }) =>
      getParsed(
        withQuery("/api/v1/admin/help/articles", { cursor: pageParam, limit: 50 }),
        AdminPage,
        signal,
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export function useAdminHelpArticle(id: string | null) {
  return useQuery({
    queryKey: helpKeys.adminArticle(id ?? ""),
    queryFn: ({ signal }) =>
      getParsed(`/api/v1/admin/help/articles/${encodeURIComponent(id!)}`, AdminHelpArticle, signal),
    enabled: id !== null,
  });
}

/** Creates (no id) or saves over `version` (with an id); the public help center is read again after. */
export function useSaveHelpArticle(id: string | null) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: HelpArticleInput & { version?: number }) =>
      AdminHelpArticle.parse(
        id
          ? await requestJson(`/api/v1/admin/help/articles/${encodeURIComponent(id)}`, {
              method: "PUT",
              body: input,
            })
          : await requestJson("/api/v1/admin/help/articles", { method: "POST", body: input }),
      ),
    onSuccess: (article) => {
      queryClient.setQueryData(helpKeys.adminArticle(article.id), article);
      void queryClient.invalidateQueries({ queryKey: ["help"], predicate: (q) => q.queryKey[1] !== "admin" });
      void queryClient.invalidateQueries({ queryKey: helpKeys.adminList });
    },
  });
}
