import { describe, expect, it } from "vitest";
import { databaseOf, isLocalUrl, testDatabaseName, withDatabase } from "./database.mjs";

describe("database URL helpers", () => {
  it("swaps the database and keeps credentials and parameters", () => {
    const url = "postgresql://app:p%40ss@127.0.0.1:54329/juesuan?schema=public";
    expect(withDatabase(url, "postgres")).toBe("postgresql://app:p%40ss@127.0.0.1:54329/postgres?schema=public");
    expect(databaseOf(url)).toBe("juesuan");
  });

  it("treats only loopback hosts and Unix sockets as local (e2e refuses anything else)", () => {
    expect(isLocalUrl("postgresql://postgres@127.0.0.1:5432/x")).toBe(true);
    expect(isLocalUrl("postgresql://postgres@localhost/x")).toBe(true);
    expect(isLocalUrl("postgresql://postgres@[::1]:5432/x")).toBe(true);
    expect(isLocalUrl("postgresql://postgres@/x?host=/var/run/postgresql")).toBe(true);
    expect(isLocalUrl("postgresql:///x")).toBe(true);
    expect(isLocalUrl("postgresql://u@localhost/x?host=db.example.com")).toBe(false);
    expect(isLocalUrl("postgresql://postgres@db.example.com:5432/x")).toBe(false);
    expect(isLocalUrl("postgresql://postgres@10.0.0.5/x")).toBe(false);
  });

  it("names test databases after the test run", () => {
    process.env.JUESUAN_TEST_RUN = "abc123";
    expect(testDatabaseName("e2e")).toMatch(/^juesuan_e2e_abc123_[a-z0-9]+$/);
  });
});
