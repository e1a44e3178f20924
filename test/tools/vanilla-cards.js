/**
 * The benchmark's baseline: the same cards as <research-snapshot>, written by
 * hand with the DOM API (no framework), from the same response text: parse,
 * format with Intl, build the elements, in a shadow root.
 */
const price = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' });
const percent = new Intl.NumberFormat('en-US', {
  style: 'percent',
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
  signDisplay: 'exceptZero',
});
const time = new Intl.DateTimeFormat('en-US', {
  month: 'short',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'America/New_York',
  timeZoneName: 'short',
});
const day = new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric', timeZone: 'America/New_York' });
const LABELS = (s) => (s >= 80 ? 'Strong' : s >= 60 ? 'Moderate' : s >= 40 ? 'Weak' : 'Poor');
const PROFILE = (s) => (s >= 75 ? 'strong' : s >= 50 ? 'moderate' : s >= 25 ? 'weak' : 'poor');
const SIGNALS = ['momentum', 'value', 'quality', 'sentiment'];

function node(tag, className, text, attributes = {}) {
  const el = document.createElement(tag);
  if (className) el.className = className;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  if (text !== undefined) el.textContent = text;
  return el;
}

const ARROWS = { up: '▲', down: '▼', flat: '■' };
const direction = (change) => (Math.round(change * 100) > 0 ? 'up' : Math.round(change * 100) < 0 ? 'down' : 'flat');

/** The same stylesheet as the element's, so that both lay out the same cards. */
const sheets = () => customElements.get('research-snapshot').elementStyles.map((style) => style.styleSheet);

/**
 * The same elements, attributes and parts as the element's cards (card.ts),
 * so that the two renderers build the same DOM.
 */
window.vanillaCards = (stage, source) => {
  const data = JSON.parse(source);
  const host = document.createElement('div');
  const root = host.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = sheets();
  const list = node('ul', 'cards', undefined, { part: 'cards', role: 'list' });
  list.addEventListener('click', (event) => {
    const card = event.target.closest('.more')?.closest('[data-ticker]');
    if (card) card.toggleAttribute('data-expanded');
  });
  for (const item of data.items) {
    const card = node('li', 'card', undefined, { part: 'card', 'data-ticker': item.ticker, 'data-state': 'item' });
    const head = node('div', 'head');
    head.append(
      node('span', 'name', item.name, {
        part: 'name',
        id: `name-${item.ticker}`,
        role: 'heading',
        'aria-level': '3',
        dir: 'auto',
        lang: '',
      }),
      node('span', 'ticker', item.ticker, { part: 'ticker', dir: 'ltr' }),
    );
    card.append(head);
    if (item.sector) card.append(node('p', 'sector', item.sector, { part: 'sector', dir: 'auto', lang: '' }));
    const label = LABELS(item.score);
    const score = node('div', 'score', undefined, { part: 'score', 'data-grade': label.toLowerCase() });
    const meter = node('meter', '', undefined, {
      part: 'meter',
      min: '0',
      max: '100',
      low: '40',
      high: '80',
      optimum: '100',
      'aria-label': 'Alpha Score',
      'aria-valuetext': `${item.score} out of 100, ${label}`,
    });
    meter.value = item.score;
    score.append(
      node('span', 'score-name', 'Alpha Score', { 'aria-hidden': 'true' }),
      node('span', 'score-value', String(item.score), { 'aria-hidden': 'true' }),
      meter,
      node('span', 'label', label, { part: 'label', 'aria-hidden': 'true', dir: 'auto' }),
    );
    card.append(score);
    const priceRow = node('div', 'price', undefined, { part: 'price' });
    const line = node('p', 'price-line');
    const way = direction(item.changePercent);
    const change = node('span', 'change', undefined, { part: 'change', 'data-direction': way, dir: 'auto' });
    // "today" only when the price is from the current day in New York.
    const then = day.format(Date.parse(item.priceAsOf));
    change.append(
      node('span', 'arrow', ARROWS[way], { 'aria-hidden': 'true' }),
      ' ',
      node('span', 'words', ''),
      node('span', '', percent.format(item.changePercent / 100), { dir: 'ltr' }),
      node('span', 'words', then === day.format(Date.now()) ? ' today' : ` on ${then}`),
    );
    const value = node('span', 'price-value');
    value.append(node('span', '', price.format(item.price), { dir: 'ltr' }));
    line.append(value, change);
    const when = node('p', 'price-time', undefined, { dir: 'auto' });
    when.append(node('time', '', `as of ${time.format(Date.parse(item.priceAsOf))}`, { datetime: item.priceAsOf }));
    priceRow.append(line, when);
    card.append(priceRow);
    const present = SIGNALS.filter((name) => item.signals[name]);
    const about = node('div', 'about');
    const explained = node('div');
    explained.append(
      node(
        'p',
        'explanation',
        `Alpha Score of ${item.score} reflects ${PROFILE(item.score)} overall profile with ${present.map((n) => `${item.signals[n]} ${n}`).join(', ')}.`,
        { part: 'explanation', dir: 'auto' },
      ),
    );
    about.append(explained);
    card.append(about);
    if (present.length < 4) {
      card.append(
        node(
          'p',
          'coverage',
          `Based on ${present.length} of 4 signals${item.scoreCap ? ` — score is capped at ${item.scoreCap} until remaining data ingests` : ''}.`,
          { part: 'coverage', dir: 'auto' },
        ),
      );
    }
    const actions = node('div', 'actions');
    // The link first, then More at the row's end; the ticker isolated in the link's sentence.
    const link = node('a', 'link', 'Full research on ', {
      part: 'link',
      href: item.url,
      target: '_blank',
      rel: 'noopener noreferrer',
      dir: 'auto',
    });
    link.append(node('bdi', '', item.ticker));
    actions.append(
      link,
      node('button', 'more', 'More', {
        type: 'button',
        part: 'more',
        id: `more-${item.ticker}`,
        'aria-labelledby': `more-${item.ticker} name-${item.ticker}`,
        dir: 'auto',
        'aria-expanded': 'false',
      }),
    );
    card.append(actions);
    list.append(card);
  }
  const panel = node('div', 'panel', undefined, { part: 'panel' });
  panel.append(
    node('div', 'heading', 'Research Snapshot'),
    node('p', 'subheading', 'Live stock context for companies directly referenced in this story'),
    list,
  );
  panel.append(node('p', 'footer', `This panel uses ${data.provider}-native stock data, separate from the source wire linked above.`));
  root.append(panel);
  stage.append(host);
  return host;
};
