/**
 * Types for React 19 JSX: `import type {} from 'research-snapshot/react';`
 * once in a React project makes <research-snapshot> a typed JSX element, with
 * its attributes and its events (`onsnapshot-load`, `onsnapshot-error`).
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { SnapshotErrorEvent, SnapshotLoadEvent } from './events.js';
import type { ResearchSnapshot } from './research-snapshot.js';

export interface ResearchSnapshotProps extends DetailedHTMLProps<HTMLAttributes<ResearchSnapshot>, ResearchSnapshot> {
  tickers?: string;
  endpoint?: string;
  provider?: string;
  heading?: string;
  subheading?: string;
  footer?: string;
  'score-name'?: string;
  loading?: 'lazy' | 'eager';
  timeout?: number | string;
  refresh?: number | string;
  theme?: 'light' | 'dark' | 'auto';
  layout?: 'full' | 'compact';
  transparent?: boolean;
  'heading-level'?: number | string;
  source?: string;
  'max-tickers'?: number | string;
  'link-pattern'?: string;
  /** React 19 listens to the element's own events by their names. */
  'onsnapshot-load'?: (event: SnapshotLoadEvent) => void;
  'onsnapshot-error'?: (event: SnapshotErrorEvent) => void;
}

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'research-snapshot': ResearchSnapshotProps;
    }
  }
}
