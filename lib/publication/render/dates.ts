/**
 * The only date a rendered file carries: the publication's own time (document.publishedAt), so the same
 * document always renders to the same bytes. A document without one uses a fixed epoch.
 */
import type { PublicationDocument } from "../types";

const FIXED = new Date("2000-01-01T00:00:00.000Z");

export function documentDate(doc: PublicationDocument): Date {
  const d = doc.publishedAt ? new Date(doc.publishedAt) : FIXED;
  return Number.isNaN(d.getTime()) ? FIXED : d;
}

/** "2026年11月23日" on the Beijing calendar, or "" without a date. */
export function publishedDate(doc: PublicationDocument): string {
  if (!doc.publishedAt) return "";
  const d = new Date(documentDate(doc).getTime() + 8 * 3600 * 1000);
  return `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日`;
}
