/** Types of catalogs.mjs, for vite.config.ts. */
export declare const LOCALES_DIR: string;
export declare function catalogIds(): string[];
export declare function catalogsDefine(): { __CATALOGS__: string };
