/** One cookie's value from a `Cookie` header or from `document.cookie` (the same format). */
export function cookieValue(cookies: string, name: string): string | undefined {
  for (const part of cookies.split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key !== name) continue;
    try {
      return decodeURIComponent(value.join('='));
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/** Reading one cookie from a request's headers. */
export function readCookie(headers: Headers, name: string): string | undefined {
  return cookieValue(headers.get('cookie') ?? '', name);
}
