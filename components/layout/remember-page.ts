/**
 * The header's preference forms (language, currency) post to a route handler that sends the
 * browser back where it was. A cached page cannot know its own URL, so the form's `back` field
 * is filled in from the browser as it is sent; without JavaScript the handler goes by Referer.
 */
export function rememberPage(form: HTMLFormElement): void {
  const back = form.elements.namedItem('back');
  if (back instanceof HTMLInputElement) {
    back.value = `${window.location.pathname}${window.location.search}`;
  }
}
