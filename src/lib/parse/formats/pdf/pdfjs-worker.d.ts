// pdfjs-dist ships no types for its worker module; it is only handed back to pdfjs (load.ts).
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs';
