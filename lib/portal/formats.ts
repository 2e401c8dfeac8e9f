/**
 * The public files of a publication (PublicationFile.format) as the portal offers them: label, order,
 * extension and the Chinese file name a download gets. Formats not listed here are never served.
 */
export const PUBLIC_FORMATS = ["pdf", "docx", "xlsx", "json", "csv", "html"] as const;
export type PublicFormat = (typeof PUBLIC_FORMATS)[number];

interface FormatInfo {
  label: string;
  /** What the download is, shown beside the link. */
  hint: string;
  extension: string;
  /** Added to the file name so that open data is recognisable in a downloads folder. */
  nameSuffix: string;
}

export const FORMAT_INFO: Record<PublicFormat, FormatInfo> = {
  pdf: { label: "PDF", hint: "排版文件，适合打印", extension: "pdf", nameSuffix: "" },
  docx: { label: "Word", hint: "可编辑文档", extension: "docx", nameSuffix: "" },
  xlsx: { label: "Excel", hint: "九张决算表", extension: "xlsx", nameSuffix: "" },
  json: { label: "JSON 开放数据", hint: "九张表数据，机器可读", extension: "json", nameSuffix: "（开放数据）" },
  csv: { label: "CSV 开放数据", hint: "九张表数据，可用表格软件打开", extension: "csv", nameSuffix: "（开放数据）" },
  html: { label: "网页版", hint: "完整公开文档", extension: "html", nameSuffix: "" },
};

export function isPublicFormat(value: string): value is PublicFormat {
  return (PUBLIC_FORMATS as readonly string[]).includes(value);
}

/** Download order: the formats people read first, open data after. */
export function sortFormats<T extends { format: string }>(files: T[]): T[] {
  const rank = (f: string) => (isPublicFormat(f) ? PUBLIC_FORMATS.indexOf(f) : PUBLIC_FORMATS.length);
  return [...files].sort((a, b) => rank(a.format) - rank(b.format) || a.format.localeCompare(b.format));
}

/** "株洲市人民政府办公室2024年度部门决算（开放数据）.json"; a correction adds its sequence. */
export function publicFileName(input: { departmentName: string; year: number; sequence: number; format: PublicFormat }): string {
  const info = FORMAT_INFO[input.format];
  const correction = input.sequence > 1 ? `（第${input.sequence}次公开）` : "";
  const safeName = input.departmentName.replace(/[\\/:*?"<>|\u0000-\u001f]/gu, "_");
  return `${safeName}${input.year}年度部门决算${correction}${info.nameSuffix}.${info.extension}`;
}

/** The ASCII fallback name for old clients: "4302-001-2024.pdf", "430202-001-2021-v2-data.csv". */
export function asciiFileName(input: { departmentCode: string; year: number; sequence: number; format: PublicFormat }): string {
  const code = input.departmentCode.replace(/[^A-Za-z0-9._-]/gu, "_");
  const open = input.format === "json" || input.format === "csv" ? "-data" : "";
  return `${code}-${input.year}${input.sequence > 1 ? `-v${input.sequence}` : ""}${open}.${FORMAT_INFO[input.format].extension}`;
}

/** Sizes the way download lists show them: "812 字节", "36.4 KB", "1.25 MB". */
export function formatByteSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} 字节`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(2)} MB`;
}
