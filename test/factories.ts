import type { FastifyInstance } from "fastify";
import type { Db } from "../src/server/platform/db/database.ts";
import { newId } from "../src/server/platform/ids.ts";

const ORIGIN = "http://localhost:3000";
let counter = 0;

export interface TestUser {
  id: string;
  email: string;
  cookie: string;
  /** The session cookie and the app's own Origin, as a browser on the app's page sends them. */
  headers: { cookie: string; origin: string };
}

/** Test data made the way the app makes it: users sign up over HTTP; catalog rows as the integration would. */
export function createFactories(app: FastifyInstance, db: Db) {
  async function signUp(role = "member", name = "Test User", departments: string[] = []): Promise<TestUser> {
    counter += 1;
    const email = `user${counter}-${newId().slice(-8)}@example.test`;
    const response = await app.inject({
      method: "POST",
      url: "/api/auth/sign-up/email",
      headers: { origin: ORIGIN, "content-type": "application/json" },
      payload: { name, email, password: "correct-horse-battery" },
    });
    if (response.statusCode !== 200)
      throw new Error(`sign-up failed: ${response.statusCode} ${response.body}`);
    const id = (response.json() as { user: { id: string } }).user.id;
    if (role !== "member") await db.updateTable("user").set({ role }).where("id", "=", id).execute();
    if (departments.length > 0) {
      await db
        .insertInto("staff_departments")
        .values(departments.map((department) => ({ user_id: id, department })))
        .execute();
    }
    const cookie = [response.headers["set-cookie"]]
      .flat()
      .filter((c): c is string => typeof c === "string")
      .map((c) => c.split(";")[0])
      .join("; ");
    return { id, email, cookie, headers: { cookie, origin: ORIGIN } };
  }

  async function createStore(overrides: { sellerUserId?: string | null; name?: string } = {}) {
    const id = `st-${newId().slice(-12)}`;
    const at = new Date().toISOString();
    await db
      .insertInto("stores")
      .values({
        id,
        seller_user_id: overrides.sellerUserId ?? null,
        name: overrides.name ?? `Store ${id}`,
        description: "A test store",
        country: "DE",
        status: "active",
        frozen_until: null,
        created_at: at,
        updated_at: at,
      })
      .execute();
    return { id, url: `${ORIGIN}/shop/store/${id}` };
  }

  async function createListing(storeId?: string, title = "Test listing") {
    const store = storeId ?? (await createStore()).id;
    const id = `it-${newId().slice(-12)}`;
    const at = new Date().toISOString();
    await db
      .insertInto("listings")
      .values({
        id,
        store_id: store,
        title,
        description: "A test listing",
        price_minor: 1999,
        currency: "EUR",
        image_url: null,
        category: "test",
        status: "active",
        created_at: at,
        updated_at: at,
      })
      .execute();
    return { id, storeId: store, url: `${ORIGIN}/shop/item/${id}` };
  }

  return { signUp, createStore, createListing };
}
