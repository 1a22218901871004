// A React component that .astro pages render, tagged with the renderer that renders it. Untagged,
// Astro asks each renderer's check() whether the component is its own for every instance on every
// page, and @astrojs/react answers by rendering the component once more through a React stream (a
// probe element around a call of it): on a place page, with a static trend chart per indicator, that
// probe was ~40 % of the page's CPU. Astro reads the tag from the registered symbol its own JSX
// components carry (astro/dist/runtime/server/render/common.js `Renderer`, checked in
// tests/unit/components/astro-react.test.ts) and then renders the component once.
export const ASTRO_RENDERER = Symbol.for('astro:renderer');
export const REACT_RENDERER = '@astrojs/react';

/** `component`, tagged as @astrojs/react's (the same function: its module's default export stays it). */
export function astroReact<T extends object>(component: T): T {
  (component as Record<symbol, unknown>)[ASTRO_RENDERER] = REACT_RENDERER;
  return component;
}
