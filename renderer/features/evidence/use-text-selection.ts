// The text the investigator has selected inside an element, and the page it starts on (the
// nearest [data-page] around it), for "Add to chronology".
import { useEffect, useState, type RefObject } from 'react';

export interface SelectedPassage {
  text: string;
  page: number | null;
}

export function useTextSelection(container: RefObject<HTMLElement | null>): SelectedPassage | null {
  const [selected, setSelected] = useState<SelectedPassage | null>(null);
  useEffect(() => {
    const onChange = () => {
      const selection = document.getSelection();
      const root = container.current;
      if (!selection || selection.isCollapsed || !root || !selection.anchorNode) return setSelected(null);
      if (!root.contains(selection.anchorNode)) return setSelected(null);
      const text = selection.toString().trim();
      if (!text) return setSelected(null);
      const anchor =
        selection.anchorNode instanceof Element ? selection.anchorNode : selection.anchorNode.parentElement;
      const pageAttr = anchor?.closest('[data-page]')?.getAttribute('data-page');
      const page = pageAttr ? Number(pageAttr) : null;
      setSelected({ text, page: page && Number.isInteger(page) ? page : null });
    };
    document.addEventListener('selectionchange', onChange);
    return () => document.removeEventListener('selectionchange', onChange);
  }, [container]);
  return selected;
}
