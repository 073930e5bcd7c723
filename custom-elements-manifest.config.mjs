/** Custom Elements Manifest, read by editors and Storybook: https://custom-elements-manifest.open-wc.org/ */
export default {
  globs: ['src/sla-statement.component.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
};
