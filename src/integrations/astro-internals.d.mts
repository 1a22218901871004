// Types of astro-internals.mjs (plain JavaScript, loaded by the render workers too).
export declare const ASTRO_INTERNALS: Record<string, [path: string, exports: string[]]>;
export declare function loadAstroInternals(astroDir: string, names?: string[], load?: (specifier: string) => Promise<any>): Promise<Record<string, Record<string, any>>>;
export declare const nativeImport: (specifier: string) => Promise<any>;
