/**
 * Office files (docx, xlsx) are zip archives whose writers stamp the current time into every entry and
 * into docProps/core.xml. Rewriting the archive with one fixed time makes the bytes a function of the
 * content only, which is what a frozen publication needs.
 */
import JSZip from "jszip";

const W3CDTF = /(<dcterms:(?:created|modified)[^>]*>)[^<]*(<\/dcterms:(?:created|modified)>)/gu;

export async function normaliseZip(bytes: Uint8Array, at: Date): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new JSZip();
  const stamp = at.toISOString().replace(/\.\d{3}Z$/u, "Z");
  // Zip entry times are local DOS times: give JSZip a date whose local fields equal the UTC ones.
  const dosDate = new Date(at.getTime() + at.getTimezoneOffset() * 60_000);
  const names = Object.keys(zip.files).filter((n) => !zip.files[n].dir);
  for (const name of names) {
    let content: Uint8Array | string = await zip.files[name].async("uint8array");
    if (name === "docProps/core.xml") content = new TextDecoder().decode(content).replace(W3CDTF, `$1${stamp}$2`);
    out.file(name, content, { date: dosDate, createFolders: false });
  }
  return out.generateAsync({ type: "nodebuffer", compression: "DEFLATE", compressionOptions: { level: 6 }, platform: "UNIX" });
}
