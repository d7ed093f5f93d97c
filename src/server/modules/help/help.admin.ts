import type { AdminHelpArticle, HelpArticleInput, HelpArticleUpdate } from "../../../contracts/help.ts";
import { HelpArticleStatus, HelpSectionId } from "../../../contracts/help.ts";
import { appendAudit } from "../../platform/audit/audit-log.ts";
import type { Tx } from "../../platform/db/database.ts";
import { isUniqueViolation } from "../../platform/db/database.ts";
import { idCursor, type Page } from "../../platform/db/pagination.ts";
import { AppError, forbidden, notFound, unauthenticated } from "../../platform/http/errors.ts";
import { newId } from "../../platform/ids.ts";
import type { Actor } from "../accounts/actor.ts";
import type { ArticleRow } from "./help.repository.ts";
import { indexWordsOf } from "./help.search.ts";
import type { HelpDeps } from "./help.service.ts";

function requireAdmin(actor: Actor | null): Actor {
  if (!actor) throw unauthenticated();
  if (actor.role !== "admin") throw forbidden("Only admins write and edit help articles.");
  return actor;
}

const slugTaken = () =>
  new AppError(409, "slug_taken", "Another article has this address.", {
    slug: "Another article has this address. Choose another one.",
  });

const staleVersion = () =>
  new AppError(
    409,
    "stale_version",
    "Someone else saved this article after you opened it. Reload it to see their changes, then edit again.",
  );

function adminView(row: ArticleRow): AdminHelpArticle {
  return {
    id: row.id,
    slug: row.slug,
    section: HelpSectionId.parse(row.section),
    title: row.title,
    summary: row.summary,
    body: row.body,
    status: HelpArticleStatus.parse(row.status),
    version: row.version,
    updatedAt: row.updated_at,
    updatedByName: row.updated_by_name,
  };
}

/** A taken slug is the unique index's to tell: read as a field error, not a crash. */
async function slugChecked<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isUniqueViolation(error)) throw slugTaken();
    throw error;
  }
}

/** Admins write, edit, publish and unpublish the help center's articles. */
/** An admin's save of an article, in the audit log: who, which article, which version. */
const auditSaved = (tx: Tx, actorUserId: string, id: string, data: Record<string, unknown>, at: string) =>
  appendAudit(tx, {
    actorUserId,
    action: "help_article.saved",
    subject: { kind: "help_article", id },
    data,
    at,
  });

export function createHelpAdminService({ db, transact, clock, help }: HelpDeps) {
  async function found(id: string) {
    const row = await help.find(db, id);
    if (!row) throw notFound("This article");
    return adminView(row);
  }

  return {
    async list(
      actor: Actor | null,
      query: { cursor?: string; limit: number },
    ): Promise<Page<AdminHelpArticle>> {
      requireAdmin(actor);
      const after = idCursor.decode(query.cursor);
      const rows = await help.listForAdmins(db, after?.[0] ?? null, query.limit + 1);
      return idCursor.page(rows, query.limit, (row) => [row.id], adminView);
    },

    async get(actor: Actor | null, id: string) {
      requireAdmin(actor);
      return found(id);
    },

    async create(actor: Actor | null, input: HelpArticleInput) {
      const admin = requireAdmin(actor);
      const at = clock.now().toISOString();
      const id = newId();
      const row = { id, ...input, version: 1, created_at: at, updated_at: at, updated_by: admin.userId };
      await slugChecked(() =>
        transact(async (tx) => {
          await help.insert(tx, row, indexWordsOf(id, input));
          await auditSaved(
            tx,
            admin.userId,
            id,
            { created: true, slug: input.slug, status: input.status },
            at,
          );
        }),
      );
      return found(id);
    },

    /** Saves over `version`; if another admin saved first, nothing changes and the answer is 409. */
    async update(actor: Actor | null, id: string, input: HelpArticleUpdate) {
      const admin = requireAdmin(actor);
      const { version, ...fields } = input;
      const set = {
        ...fields,
        version: version + 1,
        updated_at: clock.now().toISOString(),
        updated_by: admin.userId,
      };
      const saved = await slugChecked(() =>
        transact(async (tx) => {
          const done = await help.update(tx, id, version, set, indexWordsOf(id, fields));
          if (done)
            await auditSaved(
              tx,
              admin.userId,
              id,
              { version: set.version, status: fields.status },
              set.updated_at,
            );
          return done;
        }),
      );
      if (!saved) {
        await found(id);
        throw staleVersion();
      }
      return found(id);
    },
  };
}

export type HelpAdminService = ReturnType<typeof createHelpAdminService>;
