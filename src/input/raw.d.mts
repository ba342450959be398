/** Types of raw.mjs (plain JavaScript so that a worker thread can run it without a loader). */
export interface PdfItem {
  str: string;
  x: number;
  y: number;
  w: number;
  size: number;
  eol: boolean;
}
export interface PdfPage {
  width: number;
  height: number;
  items: PdfItem[];
}
export function pdfPages(data: Uint8Array): Promise<PdfPage[]>;
export function docxHtml(data: Uint8Array): Promise<string>;
