// Scale factor that fits a chart drawn at a fixed design width into its container (≤ 1).
// The static SVG scales itself through its viewBox (CSS width: 100%); the Recharts chart is drawn
// at the design width and scaled with a CSS transform by this factor (Recharts 3 reads the scale
// for its pointer maths), inside a box of the same height as the scaled SVG: nothing shifts.
import { useLayoutEffect, useState, type RefObject } from 'react';

export function fitScale(containerWidth: number, designWidth: number): number {
  if (!(containerWidth > 0) || !(designWidth > 0)) return 1;
  return Math.min(1, containerWidth / designWidth);
}

export function useFitScale(ref: RefObject<HTMLElement | null>, designWidth: number): number {
  const [scale, setScale] = useState(1);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => setScale(fitScale(el.clientWidth, designWidth));
    measure();
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, [ref, designWidth]);
  return scale;
}
