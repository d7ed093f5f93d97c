import type { Clock } from "../../platform/clock.ts";
import type { Db, Tx } from "../../platform/db/database.ts";
import { newId } from "../../platform/ids.ts";
import type { Auth } from "../accounts/auth.ts";
import {
  DEMO_ACCOUNTS,
  DEMO_LISTINGS,
  DEMO_MODERATOR_DEPARTMENTS,
  DEMO_ORDERS,
  DEMO_PASSWORD,
  DEMO_STORES,
  type DemoAccountKey,
} from "./demo.data.ts";

const daysAgo = (clock: Clock, days: number) =>
  new Date(clock.now().getTime() - days * 86_400_000).toISOString();

async function seedAccounts(db: Db, auth: Auth): Promise<Record<DemoAccountKey, string>> {
  // Made through better-auth's own adapter and hasher (so passwords are stored like everyone's), but
  // without its sign-up flow, which would mail each demo address a verification link.
  const context = await auth.$context;
  const hash = await context.password.hash(DEMO_PASSWORD);
  const ids = {} as Record<DemoAccountKey, string>;
  for (const account of DEMO_ACCOUNTS) {
    const existing = await db
      .selectFrom("user")
      .select("id")
      .where("email", "=", account.email)
      .executeTakeFirst();
    if (existing) {
      ids[account.key] = existing.id;
      continue;
    }
    const user = await context.internalAdapter.createUser(
      {
        name: account.name,
        email: account.email,
        emailVerified: true,
        role: account.role,
      },
      { method: "email-password" },
    );
    await context.internalAdapter.linkAccount({
      userId: user.id,
      providerId: "credential",
      accountId: user.id,
      password: hash,
    });
    ids[account.key] = user.id;
  }
  return ids;
}

/** The demo rights holder owns the ORBIS trademark, already verified, so that IP complaints can be tried. */
async function seedDemoRight(tx: Tx, userId: string, at: string) {
  const holderId = newId();
  await tx
    .insertInto("rights_holders")
    .values({
      id: holderId,
      user_id: userId,
      kind: "company",
      legal_name: "Orbis Watches Ltd",
      country: "GB",
      address: "1 Clock Lane, London EC1 2AB",
      contact_email: "rights@demo.redress.test",
      company_number: "01234567",
      created_at: at,
      updated_at: at,
    })
    .execute();
  await tx
    .insertInto("rights")
    .values({
      id: newId(),
      holder_id: holderId,
      type: "trademark",
      registration_number: "EU 018000001",
      office: "EUIPO",
      classes_json: "[14]",
      owner_name: "Orbis Watches Ltd",
      valid_from: "2020-01-15",
      valid_to: "2030-01-15",
      acts_as_agent: 0,
      status: "approved",
      rejection_reason: null,
      reviewed_by: null,
      reviewed_at: at,
      expiry_warned_at: null,
      created_at: at,
      updated_at: at,
    })
    .execute();
}

/**
 * Seeds the demo marketplace once: when the catalog is empty. Demo accounts are made through better-auth
 * itself, so their passwords are hashed like everyone's.
 */
export async function seedDemo(db: Db, auth: Auth, clock: Clock): Promise<boolean> {
  const any = await db.selectFrom("stores").select("id").limit(1).executeTakeFirst();
  if (any) return false;
  const users = await seedAccounts(db, auth);
  const created = daysAgo(clock, 400);
  await db.transaction().execute(async (tx) => {
    await tx
      .insertInto("staff_departments")
      .values(DEMO_MODERATOR_DEPARTMENTS.map((department) => ({ user_id: users.moderator, department })))
      .onConflict((oc) => oc.doNothing())
      .execute();
    await seedDemoRight(tx, users.rights, created);
    await tx
      .insertInto("stores")
      .values(
        DEMO_STORES.map((s) => ({
          id: s.id,
          seller_user_id: s.owner ? users[s.owner] : null,
          name: s.name,
          description: s.description,
          country: s.country,
          status: "active",
          frozen_until: null,
          created_at: created,
          updated_at: created,
        })),
      )
      .execute();
    await tx
      .insertInto("listings")
      .values(
        DEMO_LISTINGS.map((l) => ({
          id: l.id,
          store_id: l.store,
          title: l.title,
          description: l.description,
          price_minor: l.price,
          currency: l.currency,
          image_url: `/images/${l.image}.svg`,
          category: l.category,
          status: "active",
          created_at: created,
          updated_at: created,
        })),
      )
      .execute();
    for (const order of DEMO_ORDERS) {
      const listings = order.items.map((id) => DEMO_LISTINGS.find((l) => l.id === id)!);
      await tx
        .insertInto("orders")
        .values({
          id: order.id,
          buyer_user_id: users[order.buyer],
          store_id: order.store,
          status: order.status,
          total_minor: listings.reduce((sum, l) => sum + l.price, 0),
          currency: "EUR",
          ordered_at: daysAgo(clock, order.daysAgo),
          shipped_at: daysAgo(clock, order.daysAgo - 2),
          delivered_at: order.deliveredDaysAgo === null ? null : daysAgo(clock, order.deliveredDaysAgo),
          promised_by: daysAgo(clock, order.daysAgo - 14),
        })
        .execute();
      await tx
        .insertInto("order_items")
        .values(
          listings.map((l, i) => ({
            id: `${order.id}-${i + 1}`,
            order_id: order.id,
            listing_id: l.id,
            title: l.title,
            quantity: 1,
            price_minor: l.price,
          })),
        )
        .execute();
    }
  });
  return true;
}
