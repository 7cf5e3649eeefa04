/**
 * nginx and Caddy serving a build at its base path with the snippet the build wrote, as a
 * deployer would: a minimal server config that includes (nginx) or imports (Caddy) it.
 * Each checks its config first (`nginx -t`, `caddy validate`), so a broken snippet fails
 * with the server's own message.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { HOST_FILES, hostsDir } from '../../src/lib/site/host-files.ts';

export type HostServerName = 'nginx' | 'caddy';

export const SERVER_BINARIES: Record<HostServerName, string> = { nginx: '/usr/sbin/nginx', caddy: '/usr/bin/caddy' };
export const SERVERS_INSTALL_HINT = 'apt-get install -y nginx-light caddy';

export interface HostServer {
  readonly origin: string;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.on('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => done(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** A folder that holds the build at `base`, as a server's document root would. */
function rootFor(dir: string, base: string, work: string): string {
  if (base === '/') return resolve(dir);
  const root = join(work, 'root');
  const parts = base.split('/').filter(Boolean);
  mkdirSync(join(root, ...parts.slice(0, -1)), { recursive: true });
  symlinkSync(resolve(dir), join(root, ...parts));
  return root;
}

function checked(binary: string, args: string[], env: NodeJS.ProcessEnv): void {
  const result = spawnSync(binary, args, { encoding: 'utf8', env });
  if (result.status !== 0)
    throw new Error(`${binary} ${args.join(' ')} refused the config:\n${result.stderr}${result.stdout}`);
}

async function waitFor(origin: string, child: ChildProcess, log: () => string): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt++) {
    if (child.exitCode !== null) throw new Error(`The server stopped: ${log()}`);
    try {
      await fetch(origin, { redirect: 'manual' });
      return;
    } catch {
      await new Promise((done) => setTimeout(done, 100));
    }
  }
  throw new Error(`The server did not answer at ${origin}: ${log()}`);
}

export async function startHostServer(name: HostServerName, dir: string, base: string): Promise<HostServer> {
  const work = mkdtempSync(join(tmpdir(), `${name}-`));
  const root = rootFor(dir, base, work);
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const env = { ...process.env, HOME: work, XDG_DATA_HOME: work, XDG_CONFIG_HOME: work };
  let args: string[];
  if (name === 'nginx') {
    const config = join(work, 'nginx.conf');
    const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(
      (kind) => `${kind}_temp_path ${work}/${kind};`,
    );
    writeFileSync(
      config,
      [
        ...(process.getuid?.() === 0 ? ['user root;'] : []),
        'daemon off;',
        'worker_processes 1;',
        `pid ${work}/nginx.pid;`,
        `error_log ${work}/error.log;`,
        'events {}',
        'http {',
        '  include /etc/nginx/mime.types;',
        '  access_log off;',
        ...temp.map((line) => `  ${line}`),
        `  server { listen 127.0.0.1:${port}; root ${root}; include ${join(hostsDir(resolve(dir)), HOST_FILES.nginx)}; }`,
        '}',
        '',
      ].join('\n'),
    );
    args = ['-p', work, '-c', config];
    checked(SERVER_BINARIES.nginx, [...args, '-t', '-q'], env);
  } else {
    const config = join(work, 'Caddyfile');
    writeFileSync(
      config,
      [
        '{',
        '\tadmin off',
        '\tauto_https off',
        '}',
        `http://127.0.0.1:${port} {`,
        `\troot * ${root}`,
        `\timport ${join(hostsDir(resolve(dir)), HOST_FILES.caddy)}`,
        '}',
        '',
      ].join('\n'),
    );
    args = ['run', '--config', config, '--adapter', 'caddyfile'];
    checked(SERVER_BINARIES.caddy, ['validate', '--config', config, '--adapter', 'caddyfile'], env);
  }
  const child = spawn(SERVER_BINARIES[name], args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  await waitFor(origin, child, () => output);
  return {
    origin,
    stop: () =>
      new Promise((done) => {
        if (child.exitCode !== null) return done();
        child.once('exit', () => done());
        child.kill('SIGTERM');
      }),
  };
}
