// Text the share bar prints both at build time and in the browser.

/** The message an embed page sends its host with its height (read by /insluiten.js). */
export const EMBED_HEIGHT_MESSAGE = 'bijstand-uitgelegd:hoogte';

/**
 * The embed snippet: an iframe plus a small script from our own site that sizes the iframe to
 * its content (the embed page reports its height). Without the script the iframe keeps
 * `fallbackHeight`, chosen so that the compact embed fits on a phone.
 */
export function embedSnippet(embedUrl: string, title: string, scriptUrl: string, fallbackHeight: number): string {
  const t = title.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  return `<iframe src="${embedUrl}" title="${t}" width="100%" height="${fallbackHeight}" style="border:0;width:100%" loading="lazy"></iframe>\n<script async src="${scriptUrl}"></script>`;
}
