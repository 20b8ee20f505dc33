import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Category } from '@/lib/domain/schemas';
import {
  CategoryTree,
  type CategoryStore,
  type NodeRead,
  type StoredCategory,
} from '@/lib/gateway/categories';
import { FileCategoryStore } from '@/lib/store/category-store';
import { tempDir } from '../setup/temp-dir';

const cat = (id: string, name: string, leaf = false): Category => ({
  id,
  name,
  nameZh: `${name}-zh`,
  leaf,
  children: [],
});

/** A three-level tree as 1688 would answer it, one node per read. */
const TREE: Record<string, NodeRead> = {
  '0': { category: cat('0', 'All'), children: [cat('1', 'Toys'), cat('2', 'Shoes')] },
  '1': { category: cat('1', 'Toys'), parentId: '0', children: [cat('11', 'Dolls')] },
  '2': { category: cat('2', 'Shoes'), parentId: '0', children: [cat('21', 'Boots')] },
  '11': { category: cat('11', 'Dolls'), parentId: '1', children: [cat('111', 'Rag dolls', true)] },
  '21': { category: cat('21', 'Boots'), parentId: '2', children: [] },
  '111': { category: cat('111', 'Rag dolls', true), parentId: '11', children: [] },
};

function upstream() {
  const reads: string[] = [];
  let fail = false;
  return {
    reads,
    failNext: () => (fail = true),
    read: async (id: string) => {
      await new Promise((r) => setTimeout(r, 5));
      reads.push(id);
      if (fail) {
        fail = false;
        throw new Error('1688 is down');
      }
      return TREE[id] ?? null;
    },
  };
}

class MemoryStore implements CategoryStore {
  nodes = new Map<string, StoredCategory>();
  async load() {
    return [...this.nodes.values()];
  }
  async save(nodes: StoredCategory[]) {
    for (const n of nodes) this.nodes.set(n.id, n);
  }
  describe() {
    return 'memory';
  }
}

describe('the live category tree', () => {
  it('reads the top level in one read, coalesced, and nothing below it', async () => {
    const up = upstream();
    const tree = new CategoryTree({ read: up.read });
    const [a, b] = await Promise.all([tree.roots(), tree.roots()]);
    expect(a.map((c) => c.name)).toEqual(['Toys', 'Shoes']);
    expect(b).toEqual(a);
    expect(up.reads).toEqual(['0']);
  });

  it('reads a category when it is opened, and the way up to an offer’s category', async () => {
    const up = upstream();
    const tree = new CategoryTree({ read: up.read });
    const view = await tree.view('111');
    expect(view?.path.map((c) => c.name)).toEqual(['Toys', 'Dolls', 'Rag dolls']);
    expect(view?.children).toEqual([]);
    expect(up.reads).toEqual(['111', '11', '1']);
    const toys = await tree.view('1');
    expect(toys?.children.map((c) => c.name)).toEqual(['Dolls']);
    expect(up.reads).toHaveLength(3);
  });

  it('an unknown category is null, and asked again within the hour costs nothing', async () => {
    const up = upstream();
    const tree = new CategoryTree({ read: up.read });
    expect(await tree.view('999')).toBeNull();
    expect(await tree.view('999')).toBeNull();
    expect(up.reads).toEqual(['999']);
  });

  it('survives a restart through its store: a warm start reads nothing', async () => {
    const store = new MemoryStore();
    const first = upstream();
    const before = new CategoryTree({ read: first.read, store });
    await before.roots();
    await before.view('2');
    await before.flush();
    const second = upstream();
    const after = new CategoryTree({ read: second.read, store });
    expect((await after.roots()).map((c) => c.name)).toEqual(['Toys', 'Shoes']);
    expect((await after.view('2'))?.children.map((c) => c.name)).toEqual(['Boots']);
    expect(second.reads).toEqual([]);
    expect(after.snapshot()).toMatchObject({ fromStore: 4, read: 2, reads: 0 });
  });

  it('refreshes a node about a day old in the background, serving the old copy meanwhile', async () => {
    let now = 1_000_000;
    const up = upstream();
    const tree = new CategoryTree({ read: up.read, now: () => now });
    await tree.roots();
    now += 20 * 3600_000;
    await tree.roots();
    expect(up.reads).toEqual(['0']);
    now += 8 * 3600_000;
    up.failNext();
    expect((await tree.roots()).map((c) => c.name)).toEqual(['Toys', 'Shoes']);
    await new Promise((r) => setTimeout(r, 20));
    expect(up.reads).toEqual(['0', '0']);
    // The failed refresh kept the old copy; the next look tries again and succeeds.
    expect(await tree.roots()).toHaveLength(2);
    await new Promise((r) => setTimeout(r, 20));
    expect(up.reads).toEqual(['0', '0', '0']);
    expect(tree.snapshot().refreshes).toBe(2);
  });
});

describe('the category store in the data directory', () => {
  it('keeps nodes in one file, readable only by its owner, bound to its gateway', async () => {
    const dir = tempDir('pifa-cat-');
    const store = new FileCategoryStore(dir, 'https://gw.open.1688.com/openapi|en');
    const node: StoredCategory = {
      id: '1',
      name: 'Toys',
      nameZh: '玩具',
      fetchedAt: 5,
      children: ['11'],
    };
    await store.save([node]);
    await store.save([{ id: '11', name: 'Dolls', nameZh: '娃娃', parentId: '1', fetchedAt: 0 }]);
    const again = new FileCategoryStore(dir, 'https://gw.open.1688.com/openapi|en');
    expect((await again.load()).map((n) => n.id)).toEqual(['1', '11']);
    const other = new FileCategoryStore(dir, 'http://127.0.0.1:3190/openapi|en');
    expect(await other.load()).toEqual([]);
    const raw = JSON.parse(readFileSync(join(dir, 'categories.json'), 'utf8'));
    expect(raw.scope).toBe('https://gw.open.1688.com/openapi|en');
    expect(statSync(join(dir, 'categories.json')).mode & 0o777).toBe(0o600);
  });

  it('drops what no longer reads as a node from a damaged file', async () => {
    const dir = tempDir('pifa-cat-');
    writeFileSync(
      join(dir, 'categories.json'),
      JSON.stringify({
        scope: 's',
        nodes: [{ id: '1', name: 'Toys', nameZh: 'x', fetchedAt: 1 }, { id: 2 }],
      }),
    );
    expect((await new FileCategoryStore(dir, 's').load()).map((n) => n.id)).toEqual(['1']);
    writeFileSync(join(dir, 'categories.json'), '{not json');
    await expect(new FileCategoryStore(dir, 's').load()).rejects.toThrow();
  });
});
