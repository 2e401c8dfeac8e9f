/**
 * A publication's files are a function of its document only: rendering twice at different clock times
 * gives the same bytes, and so does rendering the document as PostgreSQL's JSONB returns it (keys
 * reordered: shorter keys first, then bytewise).
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import { PUBLICATION_FILE_FORMATS, renderPublication, type PublicationDocument } from "../index";
import { fixtureDocument } from "../testing/fixture-document";

/** JSONB's key order (PostgreSQL sorts object keys by length, then by bytes). */
function jsonbOrder(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(jsonbOrder);
  if (value && typeof value === "object") {
    const keys = Object.keys(value).sort((a, b) => Buffer.byteLength(a) - Buffer.byteLength(b) || Buffer.compare(Buffer.from(a), Buffer.from(b)));
    return Object.fromEntries(keys.map((k) => [k, jsonbOrder((value as Record<string, unknown>)[k])]));
  }
  return value;
}

afterEach(() => vi.useRealTimers());

describe("byte stability", () => {
  const doc = fixtureDocument("000");

  it.each(PUBLICATION_FILE_FORMATS)("%s: same bytes at another time and from the JSONB round trip", async (format) => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2031-03-04T05:06:07Z"));
    const first = await renderPublication(doc, format);
    vi.setSystemTime(new Date("2035-12-31T23:59:58Z"));
    const second = await renderPublication(doc, format);
    vi.useRealTimers();
    const stored = JSON.parse(JSON.stringify(jsonbOrder(JSON.parse(JSON.stringify(doc))))) as PublicationDocument;
    const third = await renderPublication(stored, format);
    expect(first.length).toBeGreaterThan(1000);
    expect(second.equals(first)).toBe(true);
    expect(third.equals(first)).toBe(true);
  }, 60_000);
});
