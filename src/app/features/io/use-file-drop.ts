/** Window-wide file drag and drop. Mount once (ImportProvider does, through FileDropZone). */
import { useEffect, useEffectEvent, useState } from 'react';
import { useStudioApi } from '@/app/store/context';
import { readFileText } from './browser-files';

const carriesFiles = (e: DragEvent) => e.dataTransfer?.types.includes('Files') ?? false;

/**
 * Calls `onText` with the text and name of a file dropped anywhere on the window; files over the
 * size limit or unreadable are reported as notices instead. `dragging` is true while a file is
 * dragged over the window. Listens in the capture phase, so a drop on the editor imports too.
 */
export function useFileDrop(onText: (text: string, fileName: string) => void): {
  dragging: boolean;
} {
  const api = useStudioApi();
  const [dragging, setDragging] = useState(false);
  // A new `onText` each render must not re-subscribe mid-drag (that would reset the count).
  const deliver = useEffectEvent((file: File) => {
    void readFileText(file).then((r) => {
      if (r.ok) onText(r.text, file.name);
      else api.getState().notify({ severity: 'error', message: r.message });
    });
  });

  useEffect(() => {
    // dragenter/dragleave fire for every child crossed; count them to know when the drag left.
    let depth = 0;
    const enter = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      depth += 1;
      setDragging(true);
    };
    const leave = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const over = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      e.preventDefault(); // allows the drop
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    };
    const drop = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      e.preventDefault(); // or the browser opens the file
      e.stopPropagation();
      depth = 0;
      setDragging(false);
      const file = e.dataTransfer?.files[0];
      if (file) deliver(file);
    };
    const listeners = [
      ['dragenter', enter],
      ['dragleave', leave],
      ['dragover', over],
      ['drop', drop],
    ] as const;
    for (const [type, fn] of listeners) window.addEventListener(type, fn, true);
    return () => {
      for (const [type, fn] of listeners) window.removeEventListener(type, fn, true);
    };
  }, []);

  return { dragging };
}
