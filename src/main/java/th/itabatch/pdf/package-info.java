/** PDF copies of the documents a run makes, where LibreOffice is installed ({@link th.itabatch.pdf.PdfCopies}). */
package th.itabatch.pdf;
