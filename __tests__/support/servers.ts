/**
 * Real servers for integration tests: a distribution registry (Debian docker-registry 2.8.2)
 * and a private docker engine (Debian docker.io), on 127.0.0.1 / a private socket, random
 * ports, temp dirs. The default export is the jest global setup of the integration project.
 * This file imports only node builtins: jest loads global setup outside its module system.
 */
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, openSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Asks the kernel for a free loopback port. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => {
        resolve(port);
      });
    });
  });
}

/** exitCode changes behind the type checker's back, so read it through a call. */
function running(child: ChildProcess): boolean {
  return child.exitCode === null && child.signalCode === null;
}

/** A timer that does not keep the process alive on its own. */
function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}

export async function waitFor(
  what: string,
  probe: () => Promise<boolean>,
  timeoutMs = 30000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      if (await probe()) return;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline)
      throw new Error(`${what} did not become ready within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export interface RegistryServer {
  /** host:port, e.g. `127.0.0.1:41234`. */
  host: string;
  /** `localhost:<port>`: the form docker pushes to without TLS. */
  localhost: string;
  url: string;
  dir: string;
  /** Access log lines from the registry (one per HTTP request). */
  logFile: string;
  pid: number;
  stop(): Promise<void>;
}

export interface RegistryOptions {
  /** Extra YAML appended under the top level (e.g. an `auth:` section). */
  extraConfig?: string;
  /** Bind address; defaults to 127.0.0.1. */
  port?: number;
}

export async function startRegistry(options: RegistryOptions = {}): Promise<RegistryServer> {
  const dir = mkdtempSync(join(tmpdir(), 'ip-registry-'));
  const port = options.port ?? (await freePort());
  const config = [
    'version: 0.1',
    'log:',
    '  level: info',
    '  accesslog:',
    '    disabled: false',
    'storage:',
    '  filesystem:',
    `    rootdirectory: ${join(dir, 'data')}`,
    '  delete:',
    '    enabled: true',
    'http:',
    `  addr: 127.0.0.1:${port}`,
    options.extraConfig ?? '',
  ].join('\n');
  const configFile = join(dir, 'config.yml');
  writeFileSync(configFile, config);
  const logFile = join(dir, 'registry.log');
  const fd = openSync(logFile, 'a');
  const child: ChildProcess = spawn('docker-registry', ['serve', configFile], {
    stdio: ['ignore', fd, fd],
    detached: false,
  });
  const exited = new Promise<void>((resolve) =>
    child.once('exit', () => {
      resolve();
    }),
  );
  child.once('error', () => undefined);
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitFor(`docker-registry on ${url}`, async () => {
      if (child.exitCode !== null) throw new Error('docker-registry exited');
      const res = await fetch(`${url}/v2/`);
      return res.status === 200 || res.status === 401;
    });
  } catch (err) {
    child.kill('SIGKILL');
    throw new Error(
      `could not start docker-registry (install it with scripts/install-deps.sh): ${String(err)}`,
      { cause: err },
    );
  }
  return {
    host: `127.0.0.1:${port}`,
    localhost: `localhost:${port}`,
    url,
    dir,
    logFile,
    pid: child.pid ?? -1,
    async stop() {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        await Promise.race([exited, delay(3000)]);
        if (running(child)) child.kill('SIGKILL');
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface DockerEngine {
  host: string;
  dir: string;
  pid: number;
  stop(): Promise<void>;
}

export async function startDockerEngine(): Promise<DockerEngine> {
  // Short path: unix socket paths are limited to ~108 bytes.
  const dir = mkdtempSync(join(tmpdir(), 'ipd-'));
  const socket = join(dir, 'docker.sock');
  const host = `unix://${socket}`;
  const fd = openSync(join(dir, 'dockerd.log'), 'a');
  const child = spawn(
    'dockerd',
    [
      '--iptables=false',
      '--ip6tables=false',
      '--bridge=none',
      '--storage-driver=vfs',
      `--data-root=${join(dir, 'data')}`,
      `--exec-root=${join(dir, 'exec')}`,
      `--pidfile=${join(dir, 'docker.pid')}`,
      `--host=${host}`,
    ],
    { stdio: ['ignore', fd, fd] },
  );
  child.once('error', () => undefined);
  const exited = new Promise<void>((resolve) =>
    child.once('exit', () => {
      resolve();
    }),
  );
  try {
    await waitFor(
      'dockerd',
      () => {
        if (child.exitCode !== null) throw new Error('dockerd exited');
        execFileSync('docker', ['version', '--format', '{{.Server.Version}}'], {
          env: { ...process.env, DOCKER_HOST: host },
          stdio: 'ignore',
        });
        return Promise.resolve(true);
      },
      60000,
    );
  } catch (err) {
    child.kill('SIGKILL');
    throw new Error(
      `could not start dockerd (install docker.io with scripts/install-deps.sh; it needs root): ${String(err)}`,
      { cause: err },
    );
  }
  return {
    host,
    dir,
    pid: child.pid ?? -1,
    async stop() {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        await Promise.race([exited, delay(10000)]);
        if (running(child)) child.kill('SIGKILL');
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

declare global {
  var __IP_SERVERS__: { registry?: RegistryServer; docker?: DockerEngine } | undefined;
}

export default async function globalSetup(): Promise<void> {
  const registry = await startRegistry();
  const docker = await startDockerEngine();
  globalThis.__IP_SERVERS__ = { registry, docker };
  process.env.IP_TEST_REGISTRY = registry.localhost;
  process.env.IP_TEST_REGISTRY_URL = registry.url;
  process.env.IP_TEST_REGISTRY_LOG = registry.logFile;
  process.env.DOCKER_HOST = docker.host;
  process.env.IP_TEST_DOCKER_HOST = docker.host;
  // Keep docker and our auth code away from the invoking user's config and credentials.
  process.env.DOCKER_CONFIG = join(docker.dir, 'config');
}
