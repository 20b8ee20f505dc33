/**
 * A sourcing list carried whole in a link: the list as JSON, compressed by lz-string into the
 * URL's fragment (`/list#share=…`). Nothing is stored on a server, and a fragment never reaches
 * one, so the page stays cacheable and the list private to whoever holds the link. Opening it
 * goes through the same versioned reading as a stored list.
 */
import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string';
import {
  EMPTY_LIST,
  readList,
  type ReadResult,
  type SourcingList,
  writeList,
} from './sourcing-list';

export const SHARE_PARAM = 'share';

export function encodeShare(list: SourcingList): string {
  return compressToEncodedURIComponent(writeList(list));
}

export function decodeShare(payload: string): ReadResult {
  let text: string | null = null;
  try {
    text = decompressFromEncodedURIComponent(payload);
  } catch {
    text = null;
  }
  if (!text) {
    return {
      list: EMPTY_LIST,
      // No detail: the interface says the link is incomplete or damaged.
      problem: { kind: 'corrupt', message: 'The link is incomplete or damaged: ask for it again.' },
    };
  }
  return readList(text);
}

export function shareUrl(origin: string, list: SourcingList): string {
  return `${origin}/list#${SHARE_PARAM}=${encodeShare(list)}`;
}

/**
 * The payload of a `#share=…` fragment, or null when the fragment holds none. Read by hand:
 * URLSearchParams would turn the payload's `+` into spaces.
 */
export function sharePayload(hash: string): string | null {
  const match = new RegExp(`(?:^#?|&)${SHARE_PARAM}=([^&]*)`).exec(hash);
  if (!match) return null;
  try {
    return decodeURIComponent(match[1]!);
  } catch {
    return match[1]!;
  }
}
