import PDFDocument from 'pdfkit';

/**
 * Printable court documents (orders, motions) as PDF, made on the server
 * with pdfkit: the API image has no browser, and the built-in Helvetica's
 * WinAnsi encoding covers English, Spanish and Portuguese accents. The same
 * input gives the same bytes (the creation date is the document's own date,
 * not the moment it is drawn), so a stored document can be checked against
 * the data it was made from.
 *
 * Each document is a header (the court and the program), a title, then
 * blocks: paragraphs, labelled fields, lists, a signature line and a boxed
 * notice (the participant's rights). The words come from the caller, already
 * in the reader's language.
 */
export interface DocumentHeader {
  court: string;
  /** Program, courtroom or case line under the court's name. */
  subtitle?: string | null;
  title: string;
  /** The document's own date: written into the PDF's metadata. */
  date: Date;
  language: string;
}

export interface DocumentField {
  label: string;
  value: string;
}

const MARGIN = 56;
const BODY = 10.5;

export class CourtDocument {
  private constructor(private readonly doc: PDFKit.PDFDocument) {}

  /** Draws a document and returns its bytes. */
  static async render(header: DocumentHeader, draw: (document: CourtDocument) => void, options: { compress?: boolean } = {}): Promise<Buffer> {
    const doc = new PDFDocument({
      size: 'LETTER',
      // Uncompressed content streams (tests read the text); compressed unless asked.
      compress: options.compress ?? true,
      margin: MARGIN,
      lang: header.language,
      displayTitle: true,
      info: { Title: header.title, Author: header.court, Subject: header.subtitle ?? undefined, Creator: 'treatment court case management', CreationDate: header.date, ModDate: header.date },
    });
    const chunks: Buffer[] = [];
    const done = new Promise<Buffer>((resolve, reject) => {
      doc.on('data', (chunk: Buffer) => chunks.push(chunk));
      doc.on('end', () => resolve(Buffer.concat(chunks)));
      doc.on('error', reject);
    });
    const document = new CourtDocument(doc);
    document.header(header);
    draw(document);
    doc.end();
    return done;
  }

  private get width(): number {
    return this.doc.page.width - 2 * MARGIN;
  }

  private header(header: DocumentHeader): void {
    this.doc.font('Helvetica-Bold').fontSize(15).text(header.court.toUpperCase(), { align: 'center' });
    if (header.subtitle) this.doc.font('Helvetica').fontSize(BODY).text(header.subtitle, { align: 'center' });
    const y = this.doc.moveDown(0.4).y;
    this.doc.moveTo(MARGIN, y).lineTo(MARGIN + this.width, y).lineWidth(1).stroke();
    this.doc.moveDown(0.8).font('Helvetica-Bold').fontSize(14).text(header.title, { align: 'center' }).moveDown(0.8);
  }

  heading(text: string): this {
    this.doc.moveDown(0.5).font('Helvetica-Bold').fontSize(11.5).text(text, MARGIN, undefined, { width: this.width }).moveDown(0.2);
    return this;
  }

  paragraph(text: string): this {
    this.doc.font('Helvetica').fontSize(BODY).text(text, MARGIN, undefined, { width: this.width, align: 'left' }).moveDown(0.4);
    return this;
  }

  /** Label and value pairs, the label in bold on its own column. */
  fields(fields: readonly DocumentField[]): this {
    const labelWidth = 150;
    for (const field of fields) {
      const y = this.doc.y;
      this.doc.font('Helvetica-Bold').fontSize(BODY).text(field.label, MARGIN, y, { width: labelWidth - 8 });
      const afterLabel = this.doc.y;
      this.doc.font('Helvetica').fontSize(BODY).text(field.value, MARGIN + labelWidth, y, { width: this.width - labelWidth });
      this.doc.y = Math.max(afterLabel, this.doc.y) + 3;
    }
    this.doc.x = MARGIN;
    return this;
  }

  list(items: readonly string[]): this {
    this.doc.font('Helvetica').fontSize(BODY).list([...items], MARGIN + 6, undefined, { width: this.width - 12, bulletRadius: 2 }).moveDown(0.4);
    this.doc.x = MARGIN;
    return this;
  }

  /** A boxed notice: a title and its sentences (the participant's rights, a redisclosure notice). */
  notice(title: string, items: readonly string[]): this {
    this.doc.moveDown(0.6);
    const top = this.doc.y;
    this.doc.font('Helvetica-Bold').fontSize(11).text(title, MARGIN + 10, top + 8, { width: this.width - 20 });
    this.doc.font('Helvetica').fontSize(BODY).list([...items], MARGIN + 16, undefined, { width: this.width - 32, bulletRadius: 2 });
    const bottom = this.doc.y + 8;
    this.doc.rect(MARGIN, top, this.width, bottom - top).lineWidth(0.8).stroke();
    this.doc.x = MARGIN;
    this.doc.y = bottom + 6;
    return this;
  }

  /**
   * A table of figures: a header row, then rows whose first cell names the
   * row (left-aligned, wider) and whose other cells are figures (right-aligned).
   * A row that would not fit starts a new page, with the header again.
   */
  table(headers: readonly string[], rows: ReadonlyArray<readonly string[]>): this {
    const size = 9;
    const first = Math.min(this.width * 0.36, 190);
    const rest = (this.width - first) / Math.max(1, headers.length - 1);
    const widths = headers.map((_, i) => (i === 0 ? first : rest));
    const height = (cells: readonly string[], font: string) =>
      Math.max(...cells.map((cell, i) => this.doc.font(font).fontSize(size).heightOfString(cell, { width: widths[i] - 6 }))) + 6;
    const draw = (cells: readonly string[], font: string) => {
      const y = this.doc.y;
      let x = MARGIN;
      cells.forEach((cell, i) => {
        this.doc.font(font).fontSize(size).text(cell, x + 3, y + 3, { width: widths[i] - 6, align: i === 0 ? 'left' : 'right' });
        x += widths[i];
      });
      this.doc.y = y + height(cells, font);
      this.doc.moveTo(MARGIN, this.doc.y).lineTo(MARGIN + this.width, this.doc.y).lineWidth(font === 'Helvetica-Bold' ? 0.8 : 0.3).stroke();
    };
    const bottom = () => this.doc.page.height - MARGIN;
    if (this.doc.y + height(headers, 'Helvetica-Bold') + height(rows[0] ?? headers, 'Helvetica') > bottom()) this.doc.addPage();
    draw(headers, 'Helvetica-Bold');
    for (const row of rows) {
      if (this.doc.y + height(row, 'Helvetica') > bottom()) {
        this.doc.addPage();
        draw(headers, 'Helvetica-Bold');
      }
      draw(row, 'Helvetica');
    }
    this.doc.x = MARGIN;
    this.doc.moveDown(0.8);
    return this;
  }

  /** A small note under a table or at the end (how figures are counted, what is hidden). */
  note(text: string): this {
    this.doc.font('Helvetica-Oblique').fontSize(8.5).text(text, MARGIN, undefined, { width: this.width }).moveDown(0.4);
    return this;
  }

  /** The signing line: who orders, in what capacity, on what date. */
  signature(name: string, capacity: string, date: string): this {
    this.doc.moveDown(1.6);
    const y = this.doc.y;
    this.doc.moveTo(MARGIN, y).lineTo(MARGIN + 240, y).lineWidth(0.6).stroke();
    this.doc.font('Helvetica-Bold').fontSize(BODY).text(name, MARGIN, y + 4, { width: 300 });
    this.doc.font('Helvetica').fontSize(BODY).text(`${capacity} · ${date}`, MARGIN, undefined, { width: 300 });
    this.doc.x = MARGIN;
    return this;
  }
}
