// A PDF, page by page, drawn by pdf.js: previous/next, a page number box, PageUp/PageDown,
// zoom (fit to width or a percentage), a text layer so the printed words can be selected, and
// the searched words marked on the page. A page that was read by OCR has no text layer of its
// own, so its recognised text is shown beside the picture, marked and selectable.
import { useEffect, useRef, useState } from 'react';
import { Alert, Grid, Loader, Paper, Stack, Text } from '@mantine/core';
import { useElementSize } from '@mantine/hooks';
import type { PDFDocumentProxy, RenderTask, TextLayer } from 'pdfjs-dist';
import type { HighlightTerm } from '../search/search-terms';
import { HighlightedText } from './HighlightedText';
import { markTextLayer, HIT_CLASS } from './mark-text-layer';
import { ViewerToolbar, type Zoom } from './ViewerToolbar';
import type { PageText } from './viewer-types';
import './pdf-viewer.css';

type PdfModule = typeof import('./pdf-setup');

export function PdfViewer({
  sha256,
  title,
  page,
  onPage,
  pages,
  terms,
  onAddToChronology,
  selection,
}: {
  sha256: string;
  title: string;
  page: number;
  onPage: (page: number) => void;
  pages: readonly PageText[];
  terms: readonly HighlightTerm[];
  onAddToChronology: (() => void) | null;
  selection: boolean;
}) {
  const [pdf, setPdf] = useState<{ module: PdfModule; doc: PDFDocumentProxy } | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [zoom, setZoom] = useState<Zoom>('fit');
  const [rendered, setRendered] = useState<{ page: number; marks: number } | null>(null);
  const { ref: columnRef, width } = useElementSize();
  const pageRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const layerRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    let cancelled = false;
    let doc: PDFDocumentProxy | null = null;
    setPdf(null);
    setLoadError(null);
    void (async () => {
      try {
        const module = await import('./pdf-setup');
        const task = module.pdfjsLib.getDocument({ url: module.evidenceFileUrl(sha256), isEvalSupported: false });
        doc = await task.promise;
        if (cancelled) return void doc.destroy();
        setPdf({ module, doc });
      } catch (err) {
        if (!cancelled) setLoadError(err instanceof Error ? err.message : String(err));
      }
    })();
    return () => {
      cancelled = true;
      void doc?.destroy();
    };
  }, [sha256]);

  const pageCount = pdf?.doc.numPages ?? pages.length;
  const pageText = pages.find((p) => p.page === page);
  const ocrPage = pageText?.method === 'ocr';

  useEffect(() => {
    if (!pdf || width <= 0 || page < 1 || page > pdf.doc.numPages) return;
    let cancelled = false;
    let renderTask: RenderTask | null = null;
    let textLayer: TextLayer | null = null;
    setRendered(null);
    void (async () => {
      const pdfPage = await pdf.doc.getPage(page);
      const canvas = canvasRef.current;
      const layer = layerRef.current;
      const frame = pageRef.current;
      if (cancelled || !canvas || !layer || !frame) return;
      const natural = pdfPage.getViewport({ scale: 1 });
      const scale = zoom === 'fit' ? Math.max(0.25, Math.min(4, (width - 4) / natural.width)) : zoom;
      const viewport = pdfPage.getViewport({ scale });
      const ratio = window.devicePixelRatio || 1;
      canvas.width = Math.floor(viewport.width * ratio);
      canvas.height = Math.floor(viewport.height * ratio);
      canvas.style.width = `${Math.floor(viewport.width)}px`;
      canvas.style.height = `${Math.floor(viewport.height)}px`;
      frame.style.width = `${Math.floor(viewport.width)}px`;
      frame.style.height = `${Math.floor(viewport.height)}px`;
      frame.style.setProperty('--scale-factor', String(scale));
      frame.style.setProperty('--total-scale-factor', String(scale));
      renderTask = pdfPage.render({
        canvas,
        viewport,
        transform: ratio === 1 ? undefined : [ratio, 0, 0, ratio, 0, 0],
      });
      await renderTask.promise;
      if (cancelled) return;
      layer.replaceChildren();
      textLayer = new pdf.module.pdfjsLib.TextLayer({
        textContentSource: pdfPage.streamTextContent(),
        container: layer,
        viewport,
      });
      await textLayer.render();
      if (cancelled) return;
      const marks = markTextLayer(layer, terms);
      setRendered({ page, marks });
    })().catch((err: unknown) => {
      if (cancelled || (err instanceof Error && err.name === 'RenderingCancelledException')) return;
      setLoadError(err instanceof Error ? err.message : String(err));
    });
    return () => {
      cancelled = true;
      renderTask?.cancel();
      textLayer?.cancel();
    };
  }, [pdf, page, zoom, width, terms]);

  useEffect(() => {
    // Bring the first marked word into view once the page is drawn.
    if (!rendered) return;
    const first = document.querySelector(`[data-viewer-page="${rendered.page}"] mark.${HIT_CLASS}`);
    first?.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
  }, [rendered]);

  return (
    <Stack gap="sm">
      <ViewerToolbar
        page={page}
        pageCount={pageCount}
        onPage={onPage}
        zoom={zoom}
        onZoom={setZoom}
        pageMethod={pageText?.method ?? null}
        onAddToChronology={onAddToChronology}
        selection={selection}
      />
      {loadError && (
        <Alert color="red" title="The PDF could not be shown">
          {loadError}. The text read from it is still searchable, and its pages are below.
        </Alert>
      )}
      <Grid gutter="md" data-viewer-page={page}>
        <Grid.Col span={ocrPage ? 7 : 12}>
          <div ref={columnRef} style={{ width: '100%' }}>
            {!pdf && !loadError && <Loader />}
            {loadError && pageText && (
              <Paper withBorder p="md" data-page={page}>
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                  {pageText.text}
                </Text>
              </Paper>
            )}
            <div
              ref={pageRef}
              className="evidence-page"
              data-page={page}
              data-rendered={rendered?.page === page ? 'yes' : 'no'}
              aria-label={`${title}, page ${page} of ${pageCount}`}
              role="document"
              style={{ display: pdf && !loadError ? undefined : 'none' }}
            >
              <canvas ref={canvasRef} />
              <div ref={layerRef} className="textLayer" />
            </div>
          </div>
        </Grid.Col>
        {ocrPage && pageText && (
          <Grid.Col span={5}>
            <Paper withBorder p="md" data-page={page} aria-label={`Text recognised on page ${page}`} role="region">
              <Text size="xs" c="dimmed" mb="xs">
                This page is a picture: its text was recognised by OCR. Select words here to quote them; check them
                against the page.
              </Text>
              {pageText.text.trim() ? (
                <HighlightedText text={pageText.text} terms={terms} />
              ) : (
                <Text size="sm" c="dimmed">
                  No text was recognised on this page.
                </Text>
              )}
            </Paper>
          </Grid.Col>
        )}
      </Grid>
    </Stack>
  );
}
