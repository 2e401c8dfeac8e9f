/**
 * The portal's query string: free text (department, unit or region name, year), a year filter, the view
 * (by year or by department) and the page. Parsed leniently: a visitor's odd URL gives the first page
 * of everything, never an error.
 */
export type PortalView = "year" | "department";

export interface PortalQuery {
  /** The search box as typed (trimmed, collapsed, at most MAX_QUERY characters). */
  q: string;
  year: number | null;
  view: PortalView;
  page: number;
}

export interface SearchTerms {
  /** Words matched against department, unit and region names (each word must match one of them). */
  words: string[];
  /** Years named in the box ("2024", "2024年", "2024年度"): each must match the publication's year. */
  years: number[];
}

export const MAX_QUERY = 50;
const MAX_WORDS = 5;
const YEAR_WORD = /^((?:19|20|21)\d{2})(?:年度?)?$/u;

type Params = Record<string, string | string[] | undefined>;

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";

export function parsePortalQuery(params: Params): PortalQuery {
  const q = first(params.q).replace(/\s+/gu, " ").trim().slice(0, MAX_QUERY);
  const yearText = first(params.year);
  const year = /^\d{4}$/u.test(yearText) ? Number(yearText) : null;
  const view: PortalView = first(params.view) === "department" ? "department" : "year";
  const pageText = first(params.page);
  const page = /^\d{1,6}$/u.test(pageText) && Number(pageText) >= 1 ? Number(pageText) : 1;
  return { q, year, view, page };
}

/** Splits the box into words; 全角 spaces and punctuation separate words like spaces do. */
export function searchTerms(q: string): SearchTerms {
  const parts = q
    .split(/[\s\u3000,，、;；]+/u)
    .map((p) => p.trim())
    .filter(Boolean);
  const words: string[] = [];
  const years: number[] = [];
  for (const part of parts) {
    const year = YEAR_WORD.exec(part);
    if (year) years.push(Number(year[1]));
    else if (words.length < MAX_WORDS) words.push(part);
  }
  return { words, years: [...new Set(years)] };
}

/** The portal URL for a query, keeping only what differs from the defaults (short, shareable links). */
export function portalHref(query: Partial<PortalQuery>): string {
  const params = new URLSearchParams();
  if (query.q) params.set("q", query.q);
  if (query.year) params.set("year", String(query.year));
  if (query.view === "department") params.set("view", "department");
  if (query.page && query.page > 1) params.set("page", String(query.page));
  const s = params.toString();
  return s ? `/gongkai?${s}` : "/gongkai";
}
