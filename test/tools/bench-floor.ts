/**
 * The benchmark's floor: the least a Lit element can do for the article page.
 * It fetches the same endpoint and lists each company's name and score, with
 * Intl, and nothing else: no validation, states, styles, languages or layout
 * reserve. npm run bench builds it like the real bundle (minified, Lit inlined)
 * and measures it beside the real element, so that sizes and long tasks can be
 * read against what Lit and the engine cost on their own.
 */
import { LitElement, css, html } from 'lit';

class FloorSnapshot extends LitElement {
  static override styles = css`
    :host {
      display: block;
    }
  `;

  static override properties = { tickers: {}, endpoint: {}, items: { state: true } };

  tickers = '';
  endpoint = '';
  private items: { ticker: string; name: string; score: number }[] = [];

  override connectedCallback(): void {
    super.connectedCallback();
    const url = `${this.endpoint}?tickers=${this.tickers
      .split(/[\s,]+/)
      .sort()
      .join(',')}`;
    void fetch(url)
      .then((response) => response.json())
      .then((body: { items: { ticker: string; name: string; score: number }[] }) => (this.items = body.items));
  }

  override render() {
    const score = new Intl.NumberFormat(document.documentElement.lang || 'en-US');
    return html`<ul>
      ${this.items.map((item) => html`<li part="card">${item.name}: ${score.format(item.score)}</li>`)}
    </ul>`;
  }
}

customElements.define('research-snapshot', FloorSnapshot);
