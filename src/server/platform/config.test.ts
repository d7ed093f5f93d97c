import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { start } from "../main.ts";
import { loadConfig, startupCheck } from "./config.ts";

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "redress-config-"));
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

const POSTGRES = "postgres://postgres@127.0.0.1:5432/redress";
const mailing = { SMTP_URL: "smtp://mail.example.test:587", DATA_DIR: dataDir };

describe("the auth secret", () => {
  it("is required on PostgreSQL in every mode, and the refusal says how to make one", () => {
    for (const NODE_ENV of ["production", "development", ""]) {
      const config = loadConfig({ ...mailing, NODE_ENV, DATABASE_URL: POSTGRES });
      expect(config.authSecret).toBe("");
      const { errors } = startupCheck(config);
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatch(/AUTH_SECRET is not set/);
      expect(errors[0]).toContain("AUTH_SECRET=$(openssl rand -base64 32)");
    }
    const dev = loadConfig({ DATA_DIR: dataDir, DATABASE_URL: "postgresql://db.example.test/redress" });
    expect(startupCheck(dev).errors.join(" ")).toMatch(/AUTH_SECRET is not set/);
    expect(fs.existsSync(path.join(dataDir, "auth-secret"))).toBe(false);
  });

  it("keeps the app from starting on PostgreSQL without it", async () => {
    const config = loadConfig({ ...mailing, DATABASE_URL: POSTGRES });
    await expect(start(config)).rejects.toThrow(/Redress cannot start[\s\S]*openssl rand -base64 32/);
  });

  it("is taken as given on PostgreSQL", () => {
    const config = loadConfig({
      ...mailing,
      NODE_ENV: "production",
      DATABASE_URL: POSTGRES,
      AUTH_SECRET: "s3",
    });
    expect(config.authSecret).toBe("s3");
    expect(startupCheck(config).errors).toEqual([]);
  });

  it("is made once and kept in the data directory on SQLite", () => {
    const first = loadConfig({ ...mailing, NODE_ENV: "production" });
    expect(first.authSecret.length).toBeGreaterThanOrEqual(32);
    expect(startupCheck(first).errors).toEqual([]);
    expect(loadConfig({ ...mailing }).authSecret).toBe(first.authSecret);
    expect(fs.readFileSync(path.join(dataDir, "auth-secret"), "utf8")).toBe(first.authSecret);
  });
});
