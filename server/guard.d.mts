export declare const MAX_HEADER_BYTES: number;
export declare const MAX_COOKIE_BYTES: number;
export declare const MAX_USER_AGENT: number;
export declare const MAX_TARGET: number;
export declare const MAX_BODY_BYTES: number;
export type Problem = { status: number; code: string; message: string; allow?: string };
export declare function refuse(
  method: string,
  target: string,
  headers: Record<string, string | string[] | undefined>,
): Problem | null;
export declare function bodyLimit(path: string): number;
export declare function decodeSafely(path: string): string | null;
export declare function boundedUserAgent(value: string | undefined): string | undefined;
export declare function clientAddress(
  peer: string | undefined,
  forwarded: string | string[] | undefined,
  trusted?: RegExp,
): string;
export declare function refusalBody(path: string, problem: Problem): { type: string; body: string };
