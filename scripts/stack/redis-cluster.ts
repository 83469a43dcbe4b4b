import { ChildProcess, execFile, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const HOST = '127.0.0.1';
/** A cluster node also listens on its port + 10000 (the cluster bus). */
const BUS_OFFSET = 10000;

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(port, HOST, () => server.close(() => resolve(true)));
  });
}

/** Ports whose cluster-bus ports are free too, from a random start in 20000–29999 (bus ports 30000–39999). */
async function freeNodePorts(count: number): Promise<number[]> {
  const ports: number[] = [];
  for (let port = 20000 + Math.floor(Math.random() * 9000); ports.length < count && port < 30000; port++)
    if ((await portIsFree(port)) && (await portIsFree(port + BUS_OFFSET))) ports.push(port);
  if (ports.length < count) throw new Error('no free ports for a Redis Cluster');
  return ports;
}

async function redisCli(port: number, ...args: string[]): Promise<string> {
  const { stdout } = await run('redis-cli', ['-h', HOST, '-p', String(port), ...args]);
  return stdout;
}

async function waitFor(what: string, probe: () => Promise<boolean>, child?: ChildProcess): Promise<void> {
  for (;;) {
    if (child && child.exitCode !== null) throw new Error(`${what}: redis-server exited with ${child.exitCode}`);
    if (await probe().catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
}

export interface RedisCluster {
  /** REDIS_CLUSTER_NODES for the apps: `127.0.0.1:port,…`. */
  nodes: string;
  ports: number[];
  stop(): Promise<void>;
}

/**
 * A throwaway Redis Cluster of `masters` masters (no replicas) on free loopback ports, in a temporary directory, with
 * Debian's redis-server and redis-cli: each node started with `--cluster-enabled yes`, then `redis-cli --cluster
 * create`. Returns once every node reports the cluster ok, so every slot is served.
 */
export async function startRedisCluster(masters = 3): Promise<RedisCluster> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'redis-cluster-'));
  const ports = await freeNodePorts(masters);
  const children = ports.map((port) => {
    const nodeDir = path.join(dir, String(port));
    fs.mkdirSync(nodeDir);
    const log = fs.openSync(path.join(nodeDir, 'redis.log'), 'a');
    const args = ['--bind', HOST, '--port', String(port), '--dir', nodeDir, '--cluster-enabled', 'yes'];
    args.push('--cluster-config-file', 'nodes.conf', '--appendonly', 'no', '--save', '', '--daemonize', 'no');
    return spawn('redis-server', args, { stdio: ['ignore', log, log] });
  });
  const stop = async () => {
    await Promise.all(
      children.map(
        (child) =>
          new Promise<void>((resolve) => {
            if (child.exitCode !== null || child.signalCode) return resolve();
            child.once('exit', () => resolve());
            child.kill('SIGTERM');
          }),
      ),
    );
    fs.rmSync(dir, { recursive: true, force: true });
  };
  try {
    await Promise.all(
      ports.map((port, i) =>
        waitFor(`node ${port}`, async () => (await redisCli(port, 'PING')).trim() === 'PONG', children[i]),
      ),
    );
    const addresses = ports.map((port) => `${HOST}:${port}`);
    await run('redis-cli', ['--cluster', 'create', ...addresses, '--cluster-replicas', '0', '--cluster-yes']);
    for (const port of ports)
      await waitFor(`cluster state of ${port}`, async () =>
        (await redisCli(port, 'CLUSTER', 'INFO')).includes('cluster_state:ok'),
      );
    return { nodes: addresses.join(','), ports, stop };
  } catch (err) {
    await stop();
    throw err;
  }
}
