import type { LightMyRequestResponse } from "fastify";
import { newId } from "../src/server/platform/ids.ts";
import type { TestApp, TestUser } from "./app.ts";
import { ipReport } from "./reports.fixtures.ts";

const holders = new WeakMap<TestApp, Promise<{ user: TestUser; rightId: string }>>();

/** A rights holder whose trademark IP Protection has approved (made directly, as the vault would end). */
export function approvedRightsHolder(t: TestApp) {
  let holder = holders.get(t);
  if (!holder) {
    holder = (async () => {
      const user = await t.signUp("member", "Rita Rights");
      const at = new Date().toISOString();
      const holderId = newId();
      const rightId = newId();
      await t.db
        .insertInto("rights_holders")
        .values({
          id: holderId,
          user_id: user.id,
          kind: "company",
          legal_name: "Orbis Watches Ltd",
          country: "GB",
          address: "1 Clock Lane, London",
          contact_email: user.email,
          company_number: "01234567",
          created_at: at,
          updated_at: at,
        })
        .execute();
      await t.db
        .insertInto("rights")
        .values({
          id: rightId,
          holder_id: holderId,
          type: "trademark",
          registration_number: "EU 018000001",
          office: "EUIPO",
          classes_json: "[14]",
          owner_name: "Orbis Watches Ltd",
          valid_from: "2020-01-01",
          valid_to: "2035-01-01",
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
      return { user, rightId };
    })();
    holders.set(t, holder);
  }
  return holder;
}

/** Files an IP complaint on these links as the approved rights holder. */
export async function fileIpComplaint(
  t: TestApp,
  urls: string[],
): Promise<{ res: LightMyRequestResponse; holder: TestUser }> {
  const { user, rightId } = await approvedRightsHolder(t);
  const res = await t.app.inject({
    method: "POST",
    url: "/api/v1/reports",
    headers: { ...user.headers },
    payload: ipReport(urls, { contactEmail: undefined, details: { rightId, reasonCode: "counterfeit" } }),
  });
  return { res, holder: user };
}

/** `count` replica listings in a new store, made directly (a catalog import would), for complaints with many links. */
export async function replicaListings(t: TestApp, count: number, idPrefix: string): Promise<string[]> {
  const store = await t.createStore();
  const now = new Date().toISOString();
  const rows = Array.from({ length: count }, (_, i) => ({
    id: `${idPrefix}-${String(i).padStart(3, "0")}`,
    store_id: store.id,
    title: `Replica ${i}`,
    description: "A replica",
    price_minor: 1000,
    currency: "EUR",
    image_url: null,
    category: "watches",
    status: "active",
    created_at: now,
    updated_at: now,
  }));
  await t.db.insertInto("listings").values(rows).execute();
  return rows.map((r) => `http://localhost:3000/shop/item/${r.id}`);
}
