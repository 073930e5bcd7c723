/** The page URL's fragment without «#», decoded («#%D8%AA» is «#ت»); as written when it is not valid percent-encoding. */
export function pageHash(): string {
  const hash = window.location.hash.slice(1);
  try {
    return decodeURIComponent(hash);
  } catch {
    return hash;
  }
}
