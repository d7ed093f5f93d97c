import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { z } from "zod";
import { pageOf } from "../../../contracts/common.ts";
import {
  type BlockDomain,
  BlockedDomain,
  CaseThread,
  Message,
  type ReportPhishing,
  Responsiveness,
  ThreadLookup,
  type ThreadRole,
  ThreadSummary,
  UnreadCounts,
} from "../../../contracts/messages.ts";
import { ReportCreated } from "../../../contracts/reports.ts";
import { ApiError, getParsed, requestJson, withQuery } from "../../api/http.ts";
import { postWithEvidence } from "../../api/upload.ts";

const ThreadsPage = pageOf(ThreadSummary);
const MessagesPage = pageOf(Message);
const BlockedPage = pageOf(BlockedDomain);
const Started = z.object({ thread: ThreadSummary, message: Message });

/** New messages arrive while a conversation is open: it asks again this often. */
const THREAD_POLL_MS = 15_000;
const UNREAD_POLL_MS = 60_000;

const threadPath = (id: string) => `/api/v1/threads/${encodeURIComponent(id)}`;

export const messagesKeys = {
  all: ["messages"] as const,
  unread: ["messages", "unread"] as const,
  list: (role: ThreadRole) => ["messages", "list", role] as const,
  thread: (id: string) => ["messages", "thread", id] as const,
  page: (id: string) => ["messages", "thread", id, "messages"] as const,
  lookup: (storeId: string, orderId: string | undefined) => ["messages", "lookup", storeId, orderId] as const,
  responsiveness: (storeId: string) => ["messages", "responsiveness", storeId] as const,
  blocklist: ["messages", "blocklist"] as const,
  caseThread: (caseId: string) => ["messages", "case", caseId] as const,
};

/** My unread messages, for the header; asked again every minute and when the window comes back. */
export function useUnreadCounts(signedIn: boolean) {
  return useQuery({
    queryKey: messagesKeys.unread,
    enabled: signedIn,
    queryFn: ({ signal }) => getParsed("/api/v1/me/threads/unread", UnreadCounts, signal),
    refetchInterval: UNREAD_POLL_MS,
  });
}

export function useThreads(role: ThreadRole, enabled: boolean) {
  return useInfiniteQuery({
    queryKey: messagesKeys.list(role),
    enabled,
    queryFn: ({ pageParam, signal }) =>
      getParsed(withQuery("/api/v1/me/threads", { role, cursor: pageParam, limit: 20 }), ThreadsPage, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export function useThread(id: string, enabled: boolean) {
  return useQuery({
    queryKey: messagesKeys.thread(id),
    enabled,
    queryFn: ({ signal }) => getParsed(threadPath(id), ThreadSummary, signal),
  });
}

/** A conversation's messages, newest page first; earlier pages are loaded on demand. */
export function useThreadMessages(id: string, enabled: boolean) {
  return useInfiniteQuery({
    queryKey: messagesKeys.page(id),
    enabled,
    queryFn: ({ pageParam, signal }) =>
      getParsed(
        withQuery(`${threadPath(id)}/messages`, { cursor: pageParam, limit: 30 }),
        MessagesPage,
        signal,
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    refetchInterval: THREAD_POLL_MS,
  });
}

/** I have read the conversation: the header's count and the lists change. */
export function useMarkRead(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () =>
      ThreadSummary.parse(await requestJson(`${threadPath(id)}/read`, { method: "POST", body: {} })),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: messagesKeys.unread });
      void queryClient.invalidateQueries({ queryKey: ["messages", "list"] });
    },
  });
}

interface Outgoing {
  text: string;
  files: File[];
  onProgress?: (loaded: number, total: number) => void;
}

/** A message into one of my conversations, with its files. */
export function useSendMessage(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ text, files, onProgress }: Outgoing) =>
      Message.parse(
        await postWithEvidence({
          url: `${threadPath(id)}/messages`,
          jsonPart: "message",
          body: { text },
          files,
          onProgress,
        }),
      ),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: messagesKeys.page(id) });
      void queryClient.invalidateQueries({ queryKey: ["messages", "list"] });
    },
  });
}

/** The first message to a store: the conversation it went into comes back. */
export function useStartThread() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ storeId, orderId, ...outgoing }: Outgoing & { storeId: string; orderId?: string }) =>
      Started.parse(
        await postWithEvidence({
          url: "/api/v1/threads",
          jsonPart: "message",
          body: { storeId, orderId, text: outgoing.text },
          files: outgoing.files,
          onProgress: outgoing.onProgress,
        }),
      ),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ["messages", "list"] }),
  });
}

export function useThreadLookup(storeId: string, orderId: string | undefined, enabled: boolean) {
  return useQuery({
    queryKey: messagesKeys.lookup(storeId, orderId),
    enabled,
    queryFn: ({ signal }) =>
      getParsed(withQuery("/api/v1/me/threads/lookup", { storeId, orderId }), ThreadLookup, signal),
  });
}

export function useReportPhishing() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ messageId, input }: { messageId: string; input: ReportPhishing }) =>
      ReportCreated.parse(
        await requestJson(`/api/v1/messages/${encodeURIComponent(messageId)}/report-phishing`, {
          method: "POST",
          body: input,
        }),
      ),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ["my-reports"] }),
  });
}

export function useResponsiveness(storeId: string) {
  return useQuery({
    queryKey: messagesKeys.responsiveness(storeId),
    queryFn: ({ signal }) =>
      getParsed(`/api/v1/stores/${encodeURIComponent(storeId)}/responsiveness`, Responsiveness, signal),
  });
}

const BLOCKLIST_PATH = "/api/v1/console/blocked-domains";

export function useBlockedDomains(enabled = true) {
  return useInfiniteQuery({
    queryKey: messagesKeys.blocklist,
    enabled,
    queryFn: ({ pageParam, signal }) =>
      getParsed(withQuery(BLOCKLIST_PATH, { cursor: pageParam, limit: 100 }), BlockedPage, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    retry: (count, error) => !(error instanceof ApiError && error.status < 500) && count < 2,
  });
}

/** Whether the asker keeps the block list (Fraud & Security, or an admin): one small probe, kept a while. */
export function useBlocklistAccess(enabled: boolean): "checking" | "allowed" | "refused" {
  const probe = useQuery({
    queryKey: [...messagesKeys.blocklist, "access"],
    enabled,
    queryFn: ({ signal }) => getParsed(withQuery(BLOCKLIST_PATH, { limit: 1 }), BlockedPage, signal),
    staleTime: 5 * 60_000,
    retry: false,
  });
  if (!enabled || probe.isPending) return "checking";
  return probe.isSuccess ? "allowed" : "refused";
}

export function useBlockDomain() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: BlockDomain) =>
      BlockedDomain.parse(await requestJson(BLOCKLIST_PATH, { method: "POST", body: input })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: messagesKeys.blocklist }),
  });
}

export function useUnblockDomain() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ domain, reason }: { domain: string; reason: string }) =>
      requestJson(`${BLOCKLIST_PATH}/${encodeURIComponent(domain)}/remove`, {
        method: "POST",
        body: { reason },
      }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: messagesKeys.blocklist }),
  });
}

/** The reported message's conversation, for staff through the case. */
export function useCaseThread(caseId: string) {
  return useInfiniteQuery({
    queryKey: messagesKeys.caseThread(caseId),
    queryFn: ({ pageParam, signal }) =>
      getParsed(
        withQuery(`/api/v1/console/cases/${encodeURIComponent(caseId)}/thread`, {
          cursor: pageParam,
          limit: 30,
        }),
        CaseThread,
        signal,
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.messages.nextCursor ?? undefined,
  });
}
