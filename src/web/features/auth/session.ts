import { useQuery, useQueryClient } from "@tanstack/react-query";
import { z } from "zod";
import { requestJson } from "../../api/http.ts";

export const SessionUser = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  emailVerified: z.boolean(),
  role: z.string().nullish(),
});
export type SessionUser = z.infer<typeof SessionUser>;

const SessionAnswer = z.object({ user: SessionUser }).nullable();

export const SESSION_KEY = ["session"] as const;

async function fetchSessionUser(): Promise<SessionUser | null> {
  const answer = SessionAnswer.safeParse(await requestJson("/api/auth/get-session"));
  return answer.success ? (answer.data?.user ?? null) : null;
}

/** The signed-in user, or null for a guest. `isPending` is true until we know which. */
export function useSession() {
  const query = useQuery({ queryKey: SESSION_KEY, queryFn: fetchSessionUser, staleTime: 60_000 });
  return { user: query.data ?? null, isPending: query.isPending };
}

export interface SignUpInput {
  name: string;
  email: string;
  password: string;
}

export async function signUp(input: SignUpInput): Promise<void> {
  await requestJson("/api/auth/sign-up/email", {
    method: "POST",
    body: { ...input, callbackURL: "/verify-email" },
  });
}

export async function signIn(input: { email: string; password: string }): Promise<void> {
  await requestJson("/api/auth/sign-in/email", { method: "POST", body: input });
}

export async function signOut(): Promise<void> {
  await requestJson("/api/auth/sign-out", { method: "POST", body: {} });
}

export async function sendVerificationEmail(email: string): Promise<void> {
  await requestJson("/api/auth/send-verification-email", {
    method: "POST",
    body: { email, callbackURL: "/verify-email" },
  });
}

/** After signing in or out, everything cached may belong to someone else: start afresh. */
export function useRefreshAfterAuthChange() {
  const queryClient = useQueryClient();
  return async () => {
    queryClient.removeQueries({
      predicate: (q) => q.queryKey[0] !== "session" && q.queryKey[0] !== "report-types",
    });
    await queryClient.invalidateQueries({ queryKey: SESSION_KEY });
  };
}

/** Only same-site paths are followed after signing in, never another origin. */
export function safeRedirect(target: string | undefined): string {
  if (target?.startsWith("/") && !target.startsWith("//") && !target.startsWith("/\\")) return target;
  return "/";
}
