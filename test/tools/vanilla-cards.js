/**
 * The benchmark's baseline: the same cards as <research-snapshot>, written by
 * hand with the DOM API (no framework), from the same response text: parse,
 * format with Intl, build the elements, in a shadow root.
 */
const price = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' });
const percent = new Intl.NumberFormat('en-US', { style: 'percent', minimumFractionDigits: 2, maximumFractionDigits: 2, signDisplay: 'exceptZero' });
const time = new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'America/New_York', timeZoneName: 'short' });
const LABELS = (s) => (s >= 80 ? 'Strong' : s >= 60 ? 'Moderate' : s >= 40 ? 'Weak' : 'Poor');
const PROFILE = (s) => (s >= 75 ? 'strong' : s >= 50 ? 'moderate' : s >= 25 ? 'weak' : 'poor');
const SIGNALS = ['momentum', 'value', 'quality', 'sentiment'];

function node(tag, className, text) {
  const el = document.createElement(tag);
  if (className) el.className = className;
  if (text !== undefined) el.textContent = text;
  return el;
}

/** The same stylesheet as the element's, so that both lay out the same cards. */
const sheets = () => customElements.get('research-snapshot').elementStyles.map((style) => style.styleSheet);

window.vanillaCards = (stage, source) => {
  const data = JSON.parse(source);
  const host = document.createElement('div');
  const root = host.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = sheets();
  const list = node('ul', 'cards');
  for (const item of data.items) {
    const card = node('li', 'card');
    card.dataset.ticker = item.ticker;
    const head = node('div', 'head');
    head.append(node('span', 'name', item.name), node('span', 'ticker', item.ticker));
    card.append(head);
    if (item.sector) card.append(node('p', 'sector', item.sector));
    const score = node('div', 'score');
    const meter = document.createElement('meter');
    meter.min = 0;
    meter.max = 100;
    meter.value = item.score;
    meter.setAttribute('aria-label', 'Alpha Score');
    meter.setAttribute('aria-valuetext', `${item.score} out of 100, ${LABELS(item.score)}`);
    score.append(node('span', 'score-value', String(item.score)), meter, node('span', 'label', LABELS(item.score)));
    card.append(score);
    const priceRow = node('div', 'price');
    const line = node('p', 'price-line');
    line.append(node('span', 'price-value', price.format(item.price)), node('span', 'change', `${percent.format(item.changePercent / 100)} today`));
    priceRow.append(line, node('p', 'price-time', `as of ${time.format(Date.parse(item.priceAsOf))}`));
    card.append(priceRow);
    const present = SIGNALS.filter((name) => item.signals[name]);
    card.append(node('p', 'explanation', `Alpha Score of ${item.score} reflects ${PROFILE(item.score)} overall profile with ${present.map((n) => `${item.signals[n]} ${n}`).join(', ')}.`));
    if (present.length < 4) card.append(node('p', 'coverage', `Based on ${present.length} of 4 signals${item.scoreCap ? ` — score is capped at ${item.scoreCap} until remaining data ingests` : ''}.`));
    const actions = node('div', 'actions');
    const link = node('a', 'link', `Full research on ${item.ticker}`);
    link.href = item.url;
    actions.append(link);
    card.append(actions);
    list.append(card);
  }
  const panel = node('div', 'panel');
  panel.append(node('div', 'heading', 'Research Snapshot'), node('p', 'subheading', 'Live stock context for companies directly referenced in this story'), list);
  panel.append(node('p', 'footer', `This panel uses ${data.provider}-native stock data, separate from the source wire linked above.`));
  root.append(panel);
  stage.append(host);
  return host;
};
