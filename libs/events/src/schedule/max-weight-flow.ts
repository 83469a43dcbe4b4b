/**
 * Maximum-weight bipartite b-matching by successive shortest paths (min-cost flow with Dijkstra and potentials).
 *
 * Left node i may take up to `leftCap[i]` edges, right node j up to `rightCap[j]`, each edge at most once, and at most
 * `maxEdges` edges in all. Every augmentation follows a cheapest path, so after k augmentations the flow is a
 * maximum-weight b-matching of size k; the gain of the next path only falls, so stopping at the first path that gains
 * nothing (or at `maxEdges`) gives the maximum weight overall. Weights must be positive.
 */
export interface FlowEdge {
  left: number;
  right: number;
  weight: number;
}

export function maxWeightBMatching(
  leftCap: readonly number[],
  rightCap: readonly number[],
  edges: readonly FlowEdge[],
  maxEdges = Infinity,
): { chosen: number[]; weight: number } {
  const nL = leftCap.length;
  const nR = rightCap.length;
  const source = nL + nR;
  const sink = source + 1;
  const n = sink + 1;
  const head = new Int32Array(n).fill(-1);
  const to: number[] = [];
  const cap: number[] = [];
  const cost: number[] = [];
  const next: number[] = [];
  const add = (u: number, v: number, c: number, w: number) => {
    to.push(v);
    cap.push(c);
    cost.push(w);
    next.push(head[u]);
    head[u] = to.length - 1;
    to.push(u);
    cap.push(0);
    cost.push(-w);
    next.push(head[v]);
    head[v] = to.length - 1;
  };
  for (let i = 0; i < nL; i++) if (leftCap[i] > 0) add(source, i, leftCap[i], 0);
  for (let j = 0; j < nR; j++) if (rightCap[j] > 0) add(nL + j, sink, rightCap[j], 0);
  const edgeArc: number[] = [];
  for (const e of edges) {
    edgeArc.push(to.length);
    add(e.left, nL + e.right, 1, -e.weight);
  }

  // Initial potentials: the graph is a DAG (source → left → right → sink), so shortest distances come in that order.
  const potential = new Float64Array(n);
  for (const e of edges) potential[nL + e.right] = Math.min(potential[nL + e.right], -e.weight);
  for (let j = 0; j < nR; j++) potential[sink] = Math.min(potential[sink], potential[nL + j]);

  const dist = new Float64Array(n);
  const prevArc = new Int32Array(n);
  let flow = 0;
  let total = 0;
  while (flow < maxEdges) {
    dist.fill(Infinity);
    prevArc.fill(-1);
    dist[source] = 0;
    const heap = new MinHeap();
    heap.push(0, source);
    while (heap.size) {
      const [d, u] = heap.pop();
      if (d > dist[u] + 1e-12) continue;
      for (let a = head[u]; a !== -1; a = next[a]) {
        if (cap[a] <= 0) continue;
        const v = to[a];
        const nd = d + cost[a] + potential[u] - potential[v];
        if (nd < dist[v] - 1e-12) {
          dist[v] = nd;
          prevArc[v] = a;
          heap.push(nd, v);
        }
      }
    }
    if (dist[sink] === Infinity) break;
    const pathCost = dist[sink] - potential[source] + potential[sink];
    if (pathCost >= -1e-9) break;
    for (let v = 0; v < n; v++) if (dist[v] < Infinity) potential[v] += dist[v];
    for (let v = sink; v !== source; v = to[prevArc[v] ^ 1]) {
      cap[prevArc[v]] -= 1;
      cap[prevArc[v] ^ 1] += 1;
    }
    flow += 1;
    total -= pathCost;
  }
  const chosen: number[] = [];
  edgeArc.forEach((a, k) => {
    if (cap[a] === 0) chosen.push(k);
  });
  return { chosen, weight: total };
}

/** A binary heap of (key, value) pairs, smallest key first. */
class MinHeap {
  private keys: number[] = [];
  private values: number[] = [];
  get size() {
    return this.keys.length;
  }
  push(key: number, value: number) {
    const k = this.keys;
    const v = this.values;
    let i = k.length;
    k.push(key);
    v.push(value);
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (k[p] <= key) break;
      k[i] = k[p];
      v[i] = v[p];
      i = p;
    }
    k[i] = key;
    v[i] = value;
  }
  pop(): [number, number] {
    const k = this.keys;
    const v = this.values;
    const top: [number, number] = [k[0], v[0]];
    const lastK = k.pop()!;
    const lastV = v.pop()!;
    if (k.length) {
      let i = 0;
      for (;;) {
        let c = 2 * i + 1;
        if (c >= k.length) break;
        if (c + 1 < k.length && k[c + 1] < k[c]) c += 1;
        if (k[c] >= lastK) break;
        k[i] = k[c];
        v[i] = v[c];
        i = c;
      }
      k[i] = lastK;
      v[i] = lastV;
    }
    return top;
  }
}
