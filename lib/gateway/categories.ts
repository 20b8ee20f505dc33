/**
 * The live category tree, read one node at a time: the top level for the home page, a
 * category's subcategories when a buyer opens it, the way up from an offer's category for its
 * breadcrumb. Each node read once is kept (in memory, and in a store that survives restarts:
 * the data directory, or Redis), served from there, and refreshed in the background when it
 * is about a day old. Reads of one node are coalesced; a node that 1688 says does not exist is
 * remembered for an hour.
 */
import type { Category, CategoryView } from '@/lib/domain/schemas';
import type { GatewayLogger } from './client';

/** A category as kept: its names, where it hangs, and its children once it has been read. */
export type StoredCategory = {
  id: string;
  name: string;
  nameZh: string;
  leaf?: boolean;
  parentId?: string;
  /** Children ids in 1688's order; absent until this node itself has been read. */
  children?: string[];
  /** When this node was read (0 when only known as someone's child). */
  fetchedAt: number;
};

/** Where the tree survives restarts (implemented in lib/store). */
export interface CategoryStore {
  load(): Promise<StoredCategory[]>;
  /** Keeps these nodes, replacing any with the same id. */
  save(nodes: StoredCategory[]): Promise<void>;
  /** Nodes another instance may have read since this one loaded (shared stores only). */
  get?(ids: string[]): Promise<StoredCategory[]>;
  describe(): string;
}

export type NodeRead = { category: Category; parentId?: string; children: Category[] };

export type CategoryTreeOptions = {
  /** One node from upstream, children included; null when 1688 has no such category. */
  read: (id: string) => Promise<NodeRead | null>;
  store?: CategoryStore;
  now?: () => number;
  /** Age after which a node is refreshed in the background (default a day, ±10 % per node). */
  refreshMs?: number;
  logger?: GatewayLogger;
};

export const ROOT_ID = '0';
const DAY_MS = 24 * 3600_000;
const MISSING_MS = 3600_000;
const SAVE_DELAY_MS = 200;

/** A stable spread of ±10 % per id, so that a whole tree does not expire in one burst. */
function jitter(id: string): number {
  let h = 0;
  for (const c of id) h = (h * 31 + c.charCodeAt(0)) | 0;
  return 0.9 + ((h >>> 0) % 1000) / 5000;
}

export class CategoryTree {
  private readonly nodes = new Map<string, StoredCategory>();
  private readonly missing = new Map<string, number>();
  private readonly inflight = new Map<string, Promise<StoredCategory | null>>();
  private readonly dirty = new Set<string>();
  private loaded: Promise<void> | null = null;
  private saving: Promise<void> = Promise.resolve();
  private timer: ReturnType<typeof setTimeout> | null = null;
  private readonly now: () => number;
  readonly stats = { reads: 0, refreshes: 0, fromStore: 0 };

  constructor(private readonly options: CategoryTreeOptions) {
    this.now = options.now ?? Date.now;
  }

  private load(): Promise<void> {
    this.loaded ??= (async () => {
      try {
        for (const node of (await this.options.store?.load()) ?? []) this.nodes.set(node.id, node);
        this.stats.fromStore = this.nodes.size;
      } catch (error) {
        this.options.logger?.warn(
          `✗ The saved category tree could not be read (${error instanceof Error ? error.message : 'error'}); reading it from 1688 again`,
        );
      }
    })();
    return this.loaded;
  }

  private due(node: StoredCategory): boolean {
    const refresh = (this.options.refreshMs ?? DAY_MS) * jitter(node.id);
    return this.now() - node.fetchedAt >= refresh;
  }

  /** Reads a node from upstream (one at a time per id) and keeps it and its children. */
  private fetch(id: string): Promise<StoredCategory | null> {
    let running = this.inflight.get(id);
    if (running) return running;
    running = (async () => {
      const fromPeer = await this.peerRead(id);
      if (fromPeer) return fromPeer;
      const read = await this.options.read(id);
      this.stats.reads++;
      if (!read) {
        this.missing.set(id, this.now());
        return null;
      }
      const at = this.now();
      const known = this.nodes.get(id);
      const node: StoredCategory = {
        ...read.category,
        parentId: read.parentId ?? known?.parentId,
        children: read.children.map((c) => c.id),
        fetchedAt: at,
      };
      // A child keeps what is known of it already (its own children, when it was read).
      const children = read.children.map(({ children: _unread, ...names }) => {
        const before = this.nodes.get(names.id);
        return { ...before, ...names, parentId: id, fetchedAt: before?.fetchedAt ?? 0 };
      });
      return this.keep([node, ...children]);
    })().finally(() => this.inflight.delete(id));
    this.inflight.set(id, running);
    return running;
  }

  /** A node another instance read and shared (with its children), when still fresh. */
  private async peerRead(id: string): Promise<StoredCategory | null> {
    const get = this.options.store?.get?.bind(this.options.store);
    if (!get) return null;
    const [node] = await get([id]);
    if (!node?.children || this.due(node)) return null;
    const children = await get(node.children);
    for (const n of [node, ...children]) this.nodes.set(n.id, n);
    return node;
  }

  private keep(nodes: StoredCategory[]): StoredCategory {
    for (const n of nodes) {
      this.nodes.set(n.id, n);
      this.dirty.add(n.id);
    }
    this.scheduleSave();
    return nodes[0]!;
  }

  /** A node with its children read; stale ones are served and refreshed in the background. */
  private async readNode(id: string): Promise<StoredCategory | null> {
    await this.load();
    const held = this.nodes.get(id);
    if (held?.children) {
      if (this.due(held) && !this.inflight.has(id)) {
        this.stats.refreshes++;
        this.fetch(id).catch((error) =>
          this.options.logger?.warn(
            `✗ Category ${held.name} could not be refreshed (${error instanceof Error ? error.message : 'error'}); keeping the copy from ${new Date(held.fetchedAt).toISOString()}`,
          ),
        );
      }
      return held;
    }
    const gone = this.missing.get(id);
    if (gone !== undefined && this.now() - gone < MISSING_MS) return null;
    return this.fetch(id);
  }

  private toCategory(node: StoredCategory): Category {
    return { id: node.id, name: node.name, nameZh: node.nameZh, leaf: node.leaf, children: [] };
  }

  private childrenOf(node: StoredCategory): Category[] {
    return (node.children ?? [])
      .map((c) => this.nodes.get(c))
      .filter((c): c is StoredCategory => c !== undefined)
      .map((c) => this.toCategory(c));
  }

  async roots(): Promise<Category[]> {
    const root = await this.readNode(ROOT_ID);
    return root ? this.childrenOf(root) : [];
  }

  /**
   * Every category known so far, as a tree from the top level: the nodes read and their
   * children (no upstream call). Grows as buyers open categories.
   */
  known(): { size: number; roots: Category[] } {
    // Linked by parent (a node reached by an offer's breadcrumb may hang below parents whose
    // own children were never read), in 1688's order where the parent was read.
    const below = new Map<string, StoredCategory[]>();
    for (const node of this.nodes.values()) {
      if (node.id === ROOT_ID) continue;
      const parent = node.parentId ?? ROOT_ID;
      below.set(parent, [...(below.get(parent) ?? []), node]);
    }
    const order = (parentId: string, nodes: StoredCategory[]) => {
      const ids = this.nodes.get(parentId)?.children;
      if (!ids) return nodes;
      const rank = new Map(ids.map((id, i) => [id, i]));
      return [...nodes].sort((a, b) => (rank.get(a.id) ?? 1e9) - (rank.get(b.id) ?? 1e9));
    };
    const build = (parentId: string, depth: number): Category[] =>
      depth > 6
        ? []
        : order(parentId, below.get(parentId) ?? []).map((node) => ({
            ...this.toCategory(node),
            children: build(node.id, depth + 1),
          }));
    return { size: this.nodes.size, roots: build(ROOT_ID, 0) };
  }

  /** The category, the way down to it (reading parents not yet known), and its children. */
  async view(id: string): Promise<CategoryView | null> {
    if (id === ROOT_ID) return null;
    const node = await this.readNode(id);
    if (!node) return null;
    const path: Category[] = [this.toCategory(node)];
    let parentId = node.parentId;
    for (let depth = 0; parentId && parentId !== ROOT_ID && depth < 6; depth++) {
      const parent = this.nodes.get(parentId) ?? (await this.readNode(parentId));
      if (!parent) break;
      path.unshift(this.toCategory(parent));
      parentId = parent.parentId;
    }
    return { path, children: this.childrenOf(node) };
  }

  private scheduleSave(): void {
    if (!this.options.store || this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.flush();
    }, SAVE_DELAY_MS);
    this.timer.unref?.();
  }

  /** Writes what changed to the store (also called after a short delay by itself). */
  flush(): Promise<void> {
    const store = this.options.store;
    if (!store || this.dirty.size === 0) return this.saving;
    const nodes = [...this.dirty].map((id) => this.nodes.get(id)!);
    this.dirty.clear();
    this.saving = this.saving
      .then(() => store.save(nodes))
      .catch((error) =>
        this.options.logger?.warn(
          `✗ The category tree could not be saved (${error instanceof Error ? error.message : 'error'})`,
        ),
      );
    return this.saving;
  }

  /** For /api-status: how much of the tree is known, read and kept. */
  snapshot() {
    const nodes = [...this.nodes.values()];
    return {
      known: nodes.length,
      read: nodes.filter((n) => n.children).length,
      store: this.options.store?.describe() ?? 'memory only',
      ...this.stats,
    };
  }
}
