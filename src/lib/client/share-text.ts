// Text the share bar prints both at build time and in the browser.
export function embedSnippet(embedUrl: string, title: string): string {
  return `<iframe src="${embedUrl}" title="${title.replace(/"/g, '&quot;')}" width="100%" height="640" style="border:0" loading="lazy"></iframe>`;
}
