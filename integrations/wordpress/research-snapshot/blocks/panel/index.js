/**
 * The block in the editor: a sidebar for the tickers and the per-panel
 * options, and a live preview rendered by the server (the same markup as on
 * the published post). Plain script on WordPress's globals: no build step.
 */
(function (wp) {
  const { registerBlockType } = wp.blocks;
  const { createElement: el, Fragment } = wp.element;
  const { InspectorControls, useBlockProps } = wp.blockEditor;
  const { PanelBody, TextControl, SelectControl } = wp.components;
  const ServerSideRender = wp.serverSideRender;
  const { __ } = wp.i18n;

  const text = (props, name, label, help) =>
    el(TextControl, { label, help, value: props.attributes[name], onChange: (value) => props.setAttributes({ [name]: value }) });
  const choice = (props, name, label, options) =>
    el(SelectControl, { label, value: props.attributes[name], options, onChange: (value) => props.setAttributes({ [name]: value }) });
  const site = { label: __('Site setting', 'research-snapshot'), value: '' };

  registerBlockType('research-snapshot/panel', {
    edit(props) {
      const blockProps = useBlockProps();
      return el(
        Fragment,
        null,
        el(
          InspectorControls,
          null,
          el(
            PanelBody,
            { title: __('Companies', 'research-snapshot') },
            text(
              props,
              'tickers',
              __('Tickers', 'research-snapshot'),
              __('e.g. MSFT, AMZN — or "auto" to find them in the story', 'research-snapshot'),
            ),
            text(props, 'maxTickers', __('Most companies with "auto"', 'research-snapshot')),
          ),
          el(
            PanelBody,
            { title: __('Panel', 'research-snapshot'), initialOpen: false },
            text(props, 'heading', __('Heading', 'research-snapshot')),
            text(props, 'subheading', __('Sub-heading', 'research-snapshot')),
            text(props, 'footer', __('Footer', 'research-snapshot')),
            text(props, 'provider', __('Provider', 'research-snapshot')),
            text(props, 'scoreName', __('Name of the score', 'research-snapshot')),
            choice(props, 'theme', __('Theme', 'research-snapshot'), [
              site,
              { label: 'Light', value: 'light' },
              { label: 'Dark', value: 'dark' },
              { label: 'Follow the page', value: 'auto' },
            ]),
            choice(props, 'layout', __('Layout', 'research-snapshot'), [
              site,
              { label: 'Full cards', value: 'full' },
              { label: 'Compact', value: 'compact' },
            ]),
            choice(props, 'loading', __('Loading', 'research-snapshot'), [
              site,
              { label: 'Lazy', value: 'lazy' },
              { label: 'At once', value: 'eager' },
            ]),
            text(props, 'refresh', __('Refresh (seconds)', 'research-snapshot')),
          ),
        ),
        el(
          'div',
          blockProps,
          props.attributes.tickers
            ? el(ServerSideRender, { block: 'research-snapshot/panel', attributes: props.attributes })
            : el('p', null, __('Research Snapshot: enter tickers in the sidebar.', 'research-snapshot')),
        ),
      );
    },
    save: () => null,
  });
})(window.wp);
