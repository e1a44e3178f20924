/** The element above `node`, across shadow roots (a shadow root's host); null at the top. */
export const parentOf = (node: Element): Element | null => node.parentElement ?? (node.getRootNode() as Partial<ShadowRoot>).host ?? null;
