// A page's text as the viewer uses it (from evidence.pages).
export interface PageText {
  page: number;
  text: string;
  method: 'text' | 'ocr' | 'none';
}
