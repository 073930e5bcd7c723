/**
 * A web-test-runner command, `ax-tree`: the test page's accessibility tree as Chromium builds it
 * for screen readers (DevTools protocol `Accessibility.getFullAXTree`), shadow roots included,
 * as `{ id, role, name, children }` nodes; ignored nodes are left out, their children lifted.
 */
export function axTreeCommand() {
  return {
    name: 'ax-tree',
    async executeCommand({ command, session }) {
      if (command !== 'ax-tree') return undefined;
      const page = session.browser.getPage(session.id);
      const cdp = await page.createCDPSession();
      try {
        const { nodes } = await cdp.send('Accessibility.getFullAXTree');
        const byId = new Map(nodes.map((node) => [node.nodeId, node]));
        const build = (node) => {
          const children = (node.childIds ?? []).flatMap((id) => {
            const child = byId.get(id);
            if (!child) return [];
            return child.ignored ? build(child).children : [build(child)];
          });
          return { role: node.role?.value ?? '', name: node.name?.value ?? '', children };
        };
        return build(nodes[0]);
      } finally {
        await cdp.detach();
      }
    },
  };
}
