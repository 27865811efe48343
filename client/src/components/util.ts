/** The host name of a link for display ("www.example.dk"), or the link itself when it is not a valid URL. */
export function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
}
