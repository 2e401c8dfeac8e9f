import { FORMAT_INFO, formatByteSize } from "@/lib/portal/formats";
import type { PublicFileInfo } from "@/lib/portal/detail";

/**
 * The stored files of a publication, each a plain link (the route answers with an attachment), with
 * its size and its SHA-256 for anyone who wants to verify a copy.
 */
export function Downloads({ publicationId, files }: { publicationId: string; files: PublicFileInfo[] }) {
  const downloadable = files.filter((f) => f.format !== "html");
  if (downloadable.length === 0) return <p className="text-gray-600">本公开没有可下载的文件。</p>;
  return (
    <ul className="grid gap-2 sm:grid-cols-2 lg:grid-cols-3" data-testid="downloads">
      {downloadable.map((f) => (
        <li key={f.format}>
          <a href={`/gongkai/${publicationId}/files/${f.format}`} className="flex min-h-[56px] items-center justify-between gap-3 rounded border border-gray-200 bg-white px-3 py-2 hover:border-brand-600 hover:bg-brand-50" data-testid={`download-${f.format}`}>
            <span className="min-w-0">
              <span className="block font-medium text-brand-800">{FORMAT_INFO[f.format].label}</span>
              <span className="block text-[14px] text-gray-500">{FORMAT_INFO[f.format].hint}</span>
            </span>
            <span className="shrink-0 text-right text-[14px] text-gray-600">
              <span className="block">{formatByteSize(f.size)}</span>
              <span className="block text-brand-700">下载</span>
            </span>
          </a>
        </li>
      ))}
    </ul>
  );
}

/** SHA-256 of the document and of every file: long, so they wrap anywhere on a phone. */
export function Checksums({ documentSha256, files }: { documentSha256: string; files: PublicFileInfo[] }) {
  return (
    <dl className="space-y-2 text-[14px]" data-testid="checksums">
      <div>
        <dt className="text-gray-600">公开文档（数据）</dt>
        <dd className="font-mono text-[13px] break-all text-gray-800" data-testid="document-sha256">{documentSha256}</dd>
      </div>
      {files.map((f) => (
        <div key={f.format}>
          <dt className="text-gray-600">{FORMAT_INFO[f.format].label}</dt>
          <dd className="font-mono text-[13px] break-all text-gray-800">{f.sha256}</dd>
        </div>
      ))}
    </dl>
  );
}
