import { z } from "zod";

export const COUNTER_NOTICE_FIRST_DAYS = 3;
export const COUNTER_NOTICE_LATER_DAYS = 27;
export const COUNTER_NOTICE_MAX_ATTEMPTS = 3;
export const REPLY_DAYS = 3;

export const FileCounterNotice = z.object({
  statement: z
    .string({ error: "Explain why the listing does not infringe." })
    .trim()
    .min(30, "Explain why the listing does not infringe, in at least 30 characters.")
    .max(5000),
});

export const ReplyToCounterNotice = z.object({
  reply: z.string().trim().min(20, "Write your reply in at least 20 characters.").max(5000),
});

export const DecideCounterNotice = z.object({
  outcome: z.enum(["reinstate", "keep"]),
  reason: z.string().trim().min(20, "Give the reasons, in at least 20 characters.").max(2000),
});

export const CounterNoticeStatus = z.enum(["awaiting_reply", "awaiting_decision", "decided"]);

export const CounterNotice = z.object({
  id: z.string(),
  caseId: z.string(),
  attempt: z.number().int(),
  statement: z.string(),
  status: CounterNoticeStatus,
  createdAt: z.string(),
  replyDueAt: z.string(),
  reply: z.string().nullable(),
  repliedAt: z.string().nullable(),
  outcome: z.enum(["reinstate", "keep"]).nullable(),
  reason: z.string().nullable(),
  decidedAt: z.string().nullable(),
  targetTitle: z.string(),
});
export type CounterNotice = z.infer<typeof CounterNotice>;
