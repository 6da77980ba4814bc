/**
 * Whether a URL fragment is an answer from Microsoft's sign-in (`#code=…&state=…` or
 * `#error=…&state=…`) rather than one of the app's `#/…` routes. Pure and tiny, so the first
 * screen can check it and load MSAL only when there is something to finish.
 */
export function carriesAuthResponse(hash: string): boolean {
  const text = hash.replace(/^#\/?/, '');
  if (!text.includes('=')) return false;
  const params = new URLSearchParams(text);
  return params.has('state') && (params.has('code') || params.has('error'));
}
