/**
 * Reads fact ids and their sources out of the evidence brief's Markdown tables (../shared/docs/evidence.md).
 * Pure text in, data out: the generator (`scripts/fact-sources.ts`) and the registry test use it, so the
 * sources users see under "Why?" are the brief's, label for label and link for link.
 */

/** One source as the brief writes it: `[Publisher: Title](url)`. */
export interface EvidenceSource {
  label: string;
  url: string;
}

/** One fact row of the brief: its id and its sources, primary first. */
export interface EvidenceRow {
  id: string;
  sources: EvidenceSource[];
}

const ROW = /^\| ([A-Z]{2}-[A-Z0-9-]+) \|(.*)\|\s*$/;
const LINK = /\[([^\]]+)\]\((https?:\/\/[^)\s]+)\)/g;

/**
 * Every fact row in the brief, in the brief's order. The sources are the links of the "Sources" column, the
 * second to last of every fact table (the last is "Verified via", a note for maintainers).
 * @example parseEvidence(text).find((r) => r.id === 'CO-20')?.sources[0]?.label // 'NHS: Sprains and strains'
 */
export function parseEvidence(markdown: string): EvidenceRow[] {
  const rows: EvidenceRow[] = [];
  for (const line of markdown.split('\n')) {
    const m = ROW.exec(line);
    if (!m) continue;
    const cells = (m[2] ?? '').split(' | ');
    const sourceCell = cells[cells.length - 2] ?? '';
    const sources = [...sourceCell.matchAll(LINK)].map((l) => ({ label: l[1] ?? '', url: l[2] ?? '' }));
    rows.push({ id: m[1] ?? '', sources });
  }
  return rows;
}
