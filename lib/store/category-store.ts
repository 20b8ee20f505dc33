/**
 * Where the live category tree survives restarts: a JSON file in the data directory
 * (`PIFA_DATA_DIR`, beside the token file), or a Redis hash shared by every instance when
 * `REDIS_URL` is set. Each copy is bound to a scope (the gateway URL and the language), so a
 * tree read from another gateway (the fake one, say) is never served as 1688's.
 */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as z from 'zod';
import type { CategoryStore, StoredCategory } from '@/lib/gateway/categories';
import type { RedisConnection } from './redis';

const stored = z.object({
  id: z.string().min(1),
  name: z.string(),
  nameZh: z.string(),
  leaf: z.boolean().optional(),
  parentId: z.string().optional(),
  children: z.array(z.string()).optional(),
  fetchedAt: z.number(),
});

/** Nodes that still read as nodes; anything else in a damaged copy is dropped. */
function valid(values: unknown[]): StoredCategory[] {
  return values.flatMap((v) => {
    const parsed = stored.safeParse(v);
    return parsed.success ? [parsed.data] : [];
  });
}

const fileSchema = z.object({ scope: z.string(), nodes: z.array(z.unknown()) });

export class FileCategoryStore implements CategoryStore {
  private readonly file: string;
  private nodes: Map<string, StoredCategory> | null = null;
  private writes: Promise<void> = Promise.resolve();

  constructor(
    private readonly dir: string,
    private readonly scope: string,
    /** One file per language: `categories.json` for English, `categories.ru.json`… */
    name = 'categories.json',
  ) {
    // A directory chosen when the server starts, never a file of the build to trace.
    this.file = join(/* turbopackIgnore: true */ dir, name);
  }

  describe(): string {
    return `file ${this.file}`;
  }

  async load(): Promise<StoredCategory[]> {
    let text: string;
    try {
      text = await readFile(this.file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      text = '';
    }
    let nodes: StoredCategory[] = [];
    if (text) {
      const parsed = fileSchema.safeParse(JSON.parse(text));
      if (parsed.success && parsed.data.scope === this.scope) nodes = valid(parsed.data.nodes);
    }
    this.nodes = new Map(nodes.map((n) => [n.id, n]));
    return nodes;
  }

  save(changed: StoredCategory[]): Promise<void> {
    // Writes are queued so that two saves never interleave their renames.
    this.writes = this.writes
      .catch(() => undefined)
      .then(async () => {
        this.nodes ??= new Map((await this.load().catch(() => [])).map((n) => [n.id, n]));
        for (const n of changed) this.nodes.set(n.id, n);
        await mkdir(this.dir, { recursive: true, mode: 0o700 });
        const tmp = `${this.file}.${process.pid}.${Date.now()}.tmp`;
        const body = JSON.stringify({ scope: this.scope, nodes: [...this.nodes.values()] });
        await writeFile(tmp, body, { mode: 0o600 });
        await rename(tmp, this.file);
      });
    return this.writes;
  }
}

const PREFIX = 'pifa:categories:';

/** The tree in one Redis hash per scope (field: category id), shared by every instance. */
export class RedisCategoryStore implements CategoryStore {
  private readonly key: string;

  constructor(
    private readonly redis: RedisConnection,
    scope: string,
  ) {
    this.key = PREFIX + scope;
  }

  describe(): string {
    return 'Redis (shared by all instances)';
  }

  private static parse(values: (string | null)[]): StoredCategory[] {
    return valid(
      values.flatMap((v) => {
        if (!v) return [];
        try {
          return [JSON.parse(v) as unknown];
        } catch {
          return [];
        }
      }),
    );
  }

  async load(): Promise<StoredCategory[]> {
    const all = await this.redis.safe((r) => r.hvals(this.key), []);
    return RedisCategoryStore.parse(all);
  }

  async get(ids: string[]): Promise<StoredCategory[]> {
    if (ids.length === 0) return [];
    const values = await this.redis.safe((r) => r.hmget(this.key, ...ids), []);
    return RedisCategoryStore.parse(values);
  }

  async save(changed: StoredCategory[]): Promise<void> {
    if (changed.length === 0) return;
    const fields = changed.flatMap((n) => [n.id, JSON.stringify(n)]);
    await this.redis.safe((r) => r.hset(this.key, ...fields), 0);
  }
}
