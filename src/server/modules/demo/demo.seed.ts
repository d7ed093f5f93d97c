import { FEEDBACK_DAYS } from "../../../contracts/feedback.ts";
import { buildApp } from "../../app.ts";
import type { Clock } from "../../platform/clock.ts";
import type { Config } from "../../platform/config.ts";
import type { DatabaseHandle, Db, Tx } from "../../platform/db/database.ts";
import { createTransact } from "../../platform/db/transactions.ts";
import { newId } from "../../platform/ids.ts";
import type { Mailer } from "../../platform/mail/mailer.ts";
import type { Auth } from "../accounts/auth.ts";
import { playBacklog } from "./demo.backlog.ts";
import { createDemoClient } from "./demo.client.ts";
import {
  DEMO_ACCOUNTS,
  DEMO_LISTINGS,
  DEMO_MEDIATOR_DEPARTMENTS,
  DEMO_MODERATOR_DEPARTMENTS,
  DEMO_PASSWORD,
  DEMO_STORES,
  type DemoAccountKey,
} from "./demo.data.ts";
import { DEMO_ORDERS, type DemoOrder } from "./demo.orders.ts";
import { createDemoRepository } from "./demo.repository.ts";
import { decidedStories } from "./demo.stories.decided.ts";
import { messageStories } from "./demo.stories.messages.ts";
import { openStories } from "./demo.stories.open.ts";

const repo = createDemoRepository();

const daysAgo = (clock: Clock, days: number) =>
  new Date(clock.now().getTime() - days * 86_400_000).toISOString();

async function seedAccounts(db: Db, auth: Auth): Promise<Record<DemoAccountKey, string>> {
  // Made through better-auth's own adapter and hasher (so passwords are stored like everyone's), but
  // without its sign-up flow, which would mail each demo address a verification link.
  const context = await auth.$context;
  const hash = await context.password.hash(DEMO_PASSWORD);
  const ids = {} as Record<DemoAccountKey, string>;
  for (const account of DEMO_ACCOUNTS) {
    const existing = await repo.accountIdByEmail(db, account.email);
    if (existing) {
      ids[account.key] = existing;
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
  await repo.insertHolderWithRight(
    tx,
    {
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
    },
    {
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
    },
  );
}

async function seedCatalog(database: DatabaseHandle, users: Record<DemoAccountKey, string>, clock: Clock) {
  const created = daysAgo(clock, 400);
  await createTransact(database)(async (tx) => {
    await repo.addDepartments(tx, users.moderator, DEMO_MODERATOR_DEPARTMENTS);
    await repo.addDepartments(tx, users.mediator, DEMO_MEDIATOR_DEPARTMENTS);
    await seedDemoRight(tx, users.rights, created);
    await repo.insertCatalog(
      tx,
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
    );
    for (const order of DEMO_ORDERS) {
      await repo.insertOrder(tx, ...demoOrderRows(clock, order, users[order.buyer]));
      const feedback = sellerFeedbackRow(clock, order, users);
      if (feedback) await repo.insertBuyerFeedback(tx, feedback);
    }
  });
}

export interface SeedDeps {
  config: Config;
  database: DatabaseHandle;
  clock: Clock;
}

/** The seeding app sends no mail itself: its mails go through the outbox, which the running app's worker sends. */
const outboxOnly: Mailer = { kind: "smtp", send: async () => {}, close: async () => {} };

/** A link to a demo listing or store, as the first matching catalog URL pattern writes it. */
function linkMaker(patterns: string[]) {
  return (target: string) => {
    const slot = target.startsWith("st-") ? "{store}" : "{listing}";
    const pattern = patterns.find((p) => p.includes(slot));
    if (!pattern) throw new Error(`demo seed: no catalog URL pattern has ${slot}`);
    return pattern.replace(slot, target);
  };
}

/**
 * Seeds the demo marketplace once: when the catalog is empty. Demo accounts are made through better-auth
 * itself, so their passwords are hashed like everyone's. The backlog of cases is then played through the
 * app's own HTTP API, on an in-process copy of the app whose clock the seeder moves back and forth in the
 * past, so that reports, events, statements, outbox rows and counts are exactly what real use makes.
 * Returns the number of backlog steps played, or null when the catalog was not empty.
 */
export async function seedDemo({ config, database, clock }: SeedDeps): Promise<number | null> {
  if (await repo.hasAnyStore(database.db)) return null;
  const base = clock.now().getTime();
  let now = base;
  const seedClock: Clock = { now: () => new Date(now) };
  const { app, auth } = await buildApp({
    // The backlog files a few dozen reports from one address in seconds: no flood limit applies to it.
    config: { ...config, reportsPerHour: 1_000_000 },
    database,
    clock: seedClock,
    mailer: outboxOnly,
  });
  const client = await createDemoClient(app, auth, config.publicUrl);
  try {
    const users = await seedAccounts(database.db, auth);
    await seedCatalog(database, users, clock);
    return await playBacklog(
      {
        client,
        users,
        setHoursAgo: (hours) => {
          now = base - hours * 3_600_000;
        },
        targetUrl: linkMaker(config.catalogUrlPatterns),
      },
      [...openStories(), ...decidedStories(), ...messageStories()],
    );
  } finally {
    await client.close();
    await app.close();
  }
}

/** The seller's feedback on the buyer that a demo order comes with (double-blind: shown once the buyer rates). */
function sellerFeedbackRow(clock: Clock, order: DemoOrder, users: Record<DemoAccountKey, string>) {
  if (!order.sellerFeedback || order.deliveredDaysAgo === null) return null;
  const owner = DEMO_STORES.find((s) => s.id === order.store)?.owner;
  if (!owner) return null;
  return {
    order_id: order.id,
    store_id: order.store,
    buyer_user_id: users[order.buyer],
    seller_user_id: users[owner],
    experience: order.sellerFeedback.experience,
    text: order.sellerFeedback.text,
    created_at: daysAgo(clock, order.sellerFeedback.givenDaysAgo),
    reveal_due_at: daysAgo(clock, order.deliveredDaysAgo - FEEDBACK_DAYS),
    revealed_at: null,
  };
}

/** An order and its items as the marketplace would report them, its times counted back from now. */
function demoOrderRows(clock: Clock, order: (typeof DEMO_ORDERS)[number], buyerUserId: string) {
  const ago = (days: number | null | undefined) =>
    days === null || days === undefined ? null : daysAgo(clock, days);
  const titleOf = (id: string) => DEMO_LISTINGS.find((l) => l.id === id)!.title;
  const orderRow = {
    id: order.id,
    buyer_user_id: buyerUserId,
    store_id: order.store,
    status: order.status,
    total_minor: order.items.reduce((sum, i) => sum + i.price * i.quantity, 0),
    currency: order.currency,
    ordered_at: daysAgo(clock, order.orderedDaysAgo),
    shipped_at: ago(order.shippedDaysAgo),
    delivered_at: ago(order.deliveredDaysAgo),
    promised_by: daysAgo(clock, order.orderedDaysAgo - order.promisedAfterDays),
    carrier: order.shippedDaysAgo === null ? null : "DHL",
    tracking_number: order.shippedDaysAgo === null ? null : `JD0146${order.id.slice(3)}0042`,
    last_tracking_at: ago(order.lastTrackingDaysAgo),
  };
  const items = order.items.map((item, i) => ({
    id: `${order.id}-${i + 1}`,
    order_id: order.id,
    listing_id: item.listing,
    title: titleOf(item.listing),
    quantity: item.quantity,
    price_minor: item.price,
  }));
  return [orderRow, items] as const;
}
