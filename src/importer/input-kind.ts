/**
 * What a file holds, for the CLI and the editor: from its name first, then from its first bytes
 * (a Word file is a zip, an old .doc an OLE compound file, a page starts with a tag).
 */
export type InputKind = 'text' | 'html' | 'docx' | 'doc';

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];
const startsWith = (bytes: Uint8Array, magic: readonly number[]) => magic.every((byte, index) => bytes[index] === byte);
/** A page or a clipboard fragment: it starts with a doctype, a comment or a tag. */
const HTML_START = /^(?:\uFEFF)?\s*<(?:!doctype\b|!--|[a-z][a-z0-9]*(?:[\s>/]|$))/i;

export function inputKind(name: string, bytes: Uint8Array): InputKind {
  if (/\.(?:html?|xhtml)$/i.test(name)) return 'html';
  if (/\.docx$/i.test(name)) return 'docx';
  if (/\.doc$/i.test(name)) return 'doc';
  if (startsWith(bytes, ZIP)) return 'docx';
  if (startsWith(bytes, OLE)) return 'doc';
  return HTML_START.test(new TextDecoder().decode(bytes.subarray(0, 512))) ? 'html' : 'text';
}
