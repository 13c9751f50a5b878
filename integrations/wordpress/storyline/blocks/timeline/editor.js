/**
 * The "Storyline timeline" block in the editor: plain JavaScript on WordPress's `wp.*` globals, no
 * build step. The block is rendered on the server (the same PHP as the shortcode); the editor
 * shows that render live, brought to life by the kit's bundle, which the plugin loads in the editor.
 */
(function (wp) {
  const { registerBlockType } = wp.blocks;
  const { createElement: h, Fragment } = wp.element;
  const { InspectorControls, MediaUpload, MediaUploadCheck, useBlockProps } = wp.blockEditor;
  const { Button, PanelBody, Placeholder, SelectControl, TextControl, ToggleControl } = wp.components;
  const ServerSideRender = wp.serverSideRender;
  const { __ } = wp.i18n;

  /** Only stories: JSON and CSV files (a malformed one was refused on upload and is not there). */
  const STORY_TYPES = ['application/json', 'text/csv'];

  function MediaButton({ attributes, setAttributes }) {
    return h(
      MediaUploadCheck,
      null,
      h(MediaUpload, {
        allowedTypes: STORY_TYPES,
        value: attributes.mediaId,
        onSelect: (media) => setAttributes({ mediaId: media.id, src: '' }),
        render: ({ open }) =>
          h(
            Button,
            { variant: 'secondary', onClick: open },
            attributes.mediaId
              ? __('Choose another story', 'storyline')
              : __('Choose a story from the Media Library', 'storyline'),
          ),
      }),
    );
  }

  function Settings({ attributes, setAttributes }) {
    return h(
      InspectorControls,
      null,
      h(
        PanelBody,
        { title: __('Story', 'storyline') },
        h(TextControl, {
          label: __('Story address (JSON or CSV)', 'storyline'),
          type: 'url',
          value: attributes.src,
          onChange: (src) => setAttributes({ src, mediaId: 0 }),
        }),
        h(MediaButton, { attributes, setAttributes }),
      ),
      h(
        PanelBody,
        { title: __('Display', 'storyline') },
        h(TextControl, {
          label: __('Language of dates and words (e.g. fr, ko)', 'storyline'),
          value: attributes.locale,
          onChange: (locale) => setAttributes({ locale }),
        }),
        h(ToggleControl, {
          label: __('Actor filters', 'storyline'),
          checked: attributes.filters,
          onChange: (filters) => setAttributes({ filters }),
        }),
        h(ToggleControl, {
          label: __("Show the story's title and source", 'storyline'),
          checked: attributes.showHeader,
          onChange: (showHeader) => setAttributes({ showHeader }),
        }),
        h(SelectControl, {
          label: __('Colours', 'storyline'),
          value: attributes.theme,
          options: [
            { label: __("The reader's", 'storyline'), value: 'auto' },
            { label: __('Light', 'storyline'), value: 'light' },
            { label: __('Dark', 'storyline'), value: 'dark' },
          ],
          onChange: (theme) => setAttributes({ theme }),
        }),
      ),
    );
  }

  function Edit(props) {
    const { attributes, setAttributes } = props;
    const hasStory = Boolean(attributes.src || attributes.mediaId);
    return h(
      'div',
      useBlockProps(),
      h(Settings, props),
      hasStory
        ? h(ServerSideRender, { block: 'storyline/timeline', attributes })
        : h(
            Placeholder,
            {
              icon: 'backup',
              label: __('Storyline timeline', 'storyline'),
              instructions: __(
                'A story address, or a JSON or CSV story from the Media Library.',
                'storyline',
              ),
            },
            h(
              Fragment,
              null,
              h(TextControl, {
                label: __('Story address', 'storyline'),
                type: 'url',
                placeholder: 'https://…/story.json',
                value: attributes.src,
                onChange: (src) => setAttributes({ src, mediaId: 0 }),
              }),
              h(MediaButton, { attributes, setAttributes }),
            ),
          ),
    );
  }

  registerBlockType('storyline/timeline', { edit: Edit, save: () => null });
})(window.wp);
