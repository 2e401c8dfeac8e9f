import "server-only";
import { db } from "@/lib/db";
import { getPublicFile, getPublicPublication } from "@/lib/portal/detail";
import { listPublications } from "@/lib/portal/list";
import type { PortalQuery } from "@/lib/portal/search";

/**
 * The public portal's reads. Unlike the rest of lib/dal these take no session: they read only what a
 * department has published (Publication and its files), which is public by definition. Anyone, signed
 * in or not, gets the same answer.
 */
export const portalList = (query: PortalQuery) => listPublications(db, query);
export const portalPublication = (id: string) => getPublicPublication(db, id);
export const portalFile = (id: string, format: string) => getPublicFile(db, id, format);
