/** Types of data.mjs. */
import type { SnapshotItemBody } from '../../src/data/types.js';

export declare const PROVIDER: string;
export declare const ITEMS: SnapshotItemBody[];
