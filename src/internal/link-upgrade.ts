/**
 * The link route (docs/embedding.md): every CMS editor and sanitizer keeps a plain link where it
 * strips an unknown element and its scripts, so a portal loads this script in its template and
 * an author pastes a link to the statement file ending in `#sla-statement`. Each such link
 * becomes `<sla-statement src>` for that file, with the link inside as its fallback.
 */
const SELECTOR = 'a[href$="#sla-statement"]';

function upgrade(link: HTMLAnchorElement): void {
  // Inside an editor's editing area (contenteditable) the link is what the CMS will save, and an
  // editor that redraws its area from its own model (CKEditor) puts the link back to be replaced
  // again, without end. An element's fallback link, this one included once moved, stays a link.
  if (link.closest('sla-statement,[contenteditable]')) return;
  const element = document.createElement('sla-statement');
  // The resolved address without its fragment (a serialized URL's first `#` starts it).
  element.setAttribute('src', link.href.split('#')[0]!);
  link.replaceWith(element);
  element.append(link);
}

function upgradeWithin(node: Node): void {
  if (!(node instanceof Element)) return;
  if (node.matches(SELECTOR)) upgrade(node as HTMLAnchorElement);
  else node.querySelectorAll<HTMLAnchorElement>(SELECTOR).forEach(upgrade);
}

/**
 * Upgrades the links in the document now and those added later (pages that load content by
 * script). Only added nodes are searched, not the whole document on every change: a page that
 * changes its DOM many times a second pays for what it adds, not for its size.
 */
export function upgradeLinks(): void {
  upgradeWithin(document.documentElement);
  new MutationObserver((records) => records.forEach((record) => record.addedNodes.forEach(upgradeWithin))).observe(document, {
    childList: true,
    subtree: true,
  });
}
