/** One seed node of a Redis Cluster, as written in REDIS_CLUSTER_NODES. */
export interface RedisClusterNode {
  host: string;
  port: number;
}

const NODE = /^(\[[0-9a-fA-F:]+\]|[^\s,:[\]]+):(\d{1,5})$/;

/**
 * Parses REDIS_CLUSTER_NODES: comma-separated `host:port` seeds (any few masters; the client learns the rest from
 * the cluster). Returns null when an entry is not `host:port` with a port from 1 to 65535.
 */
export function parseRedisClusterNodes(value: string): RedisClusterNode[] | null {
  const entries = value
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (!entries.length) return null;
  const nodes: RedisClusterNode[] = [];
  for (const entry of entries) {
    const match = NODE.exec(entry);
    const port = match ? Number(match[2]) : 0;
    if (!match || port < 1 || port > 65535) return null;
    nodes.push({ host: match[1].replace(/^\[|\]$/g, ''), port });
  }
  return nodes;
}
