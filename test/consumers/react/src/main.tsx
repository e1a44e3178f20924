import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import 'research-snapshot';
// A runtime import too: the entry exists as a module (it holds only types), so this resolves in any bundler.
import 'research-snapshot/react';
import type { SnapshotLoadEvent } from 'research-snapshot';

function App() {
  const [loaded, setLoaded] = useState<string[]>([]);
  return (
    <main>
      <h1>Stocks in this story</h1>
      <research-snapshot
        tickers="MSFT AMZN"
        endpoint="/snapshots/{ticker}.json"
        loading="eager"
        theme="dark"
        onsnapshot-load={(event: SnapshotLoadEvent) => setLoaded(event.detail.items.map((item) => item.ticker))}
      ></research-snapshot>
      <p id="loaded">{loaded.join(',')}</p>
      {false && (
        // @ts-expect-error: "purple" is not a theme; this line fails the type-check if the JSX types are missing.
        <research-snapshot theme="purple"></research-snapshot>
      )}
    </main>
  );
}

createRoot(document.getElementById('root')!).render(<App />);
