/**
 * Words for screen readers only: out of sight but in the accessibility tree, which `display: none`
 * would take them out of (https://www.a11yproject.com/posts/how-to-hide-content/). One rule for
 * the element and the editor.
 */
import { css } from './style-sheet.js';

export const visuallyHidden = css`
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
