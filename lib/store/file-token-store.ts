/**
 * The OAuth tokens on disk, so that they survive restarts: one JSON file in the data
 * directory (default `.data/`, git-ignored), written atomically (temporary file, then rename)
 * and readable only by its owner (0600). A damaged file is an error to report, not a crash.
 */
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as z from 'zod';
import type { TokenSet } from '@/lib/gateway/oauth';
import type { TokenStore } from '@/lib/gateway/token-manager';

const tokenSet = z.object({
  accessToken: z.string().min(1),
  refreshToken: z.string().optional(),
  accessExpiresAt: z.number(),
  refreshExpiresAt: z.number().optional(),
  resourceOwner: z.string().optional(),
  memberId: z.string().optional(),
  aliId: z.string().optional(),
  obtainedAt: z.number(),
});

export class TokenStoreError extends Error {
  override readonly name = 'TokenStoreError';
}

export class FileTokenStore implements TokenStore {
  private readonly file: string;
  private writes: Promise<void> = Promise.resolve();

  constructor(private readonly dir: string) {
    this.file = join(dir, '1688-token.json');
  }

  describe(): string {
    return `file ${this.file}`;
  }

  async load(): Promise<TokenSet | null> {
    let text: string;
    try {
      text = await readFile(this.file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw new TokenStoreError(
        `The token file ${this.file} cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'}).`,
      );
    }
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      throw new TokenStoreError(
        `The token file ${this.file} is damaged (not JSON): disconnect and connect the 1688 account again.`,
      );
    }
    const parsed = tokenSet.safeParse(data);
    if (!parsed.success) {
      throw new TokenStoreError(
        `The token file ${this.file} is damaged (unexpected content): disconnect and connect the 1688 account again.`,
      );
    }
    return parsed.data;
  }

  save(tokens: TokenSet): Promise<void> {
    // Writes are queued so that two saves never interleave their renames.
    this.writes = this.writes
      .catch(() => undefined)
      .then(async () => {
        await mkdir(this.dir, { recursive: true, mode: 0o700 });
        const tmp = `${this.file}.${process.pid}.${Date.now()}.tmp`;
        await writeFile(tmp, JSON.stringify(tokens), { mode: 0o600 });
        await rename(tmp, this.file);
      });
    return this.writes;
  }

  async clear(): Promise<void> {
    await this.writes.catch(() => undefined);
    await rm(this.file, { force: true });
  }
}
