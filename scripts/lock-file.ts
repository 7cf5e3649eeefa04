/**
 * What makes `package-lock.json` one that `npm ci` accepts on every machine, now and later:
 * it lists every platform's optional binaries (an install on Linux must not drop the macOS
 * and Windows ones), and no package in it asks for a dist-tag such as `"latest"` unless
 * `overrides` pins it, since `npm ci` resolves a tag again and refuses the lock as soon as
 * the tag moves on. Used by `npm run lock` and by tests/unit/lock-file.test.ts.
 * @see https://docs.npmjs.com/cli/configuring-npm/package-lock-json · https://docs.npmjs.com/cli/configuring-npm/package-json#overrides
 */
import semver from 'semver';

interface LockedPackage {
  readonly version?: string;
  readonly dependencies?: Record<string, string>;
  readonly optionalDependencies?: Record<string, string>;
  readonly devDependencies?: Record<string, string>;
  readonly peerDependencies?: Record<string, string>;
  readonly peerDependenciesMeta?: Record<string, { optional?: boolean }>;
  readonly link?: boolean;
}

export interface LockFile {
  readonly lockfileVersion: number;
  readonly packages: Record<string, LockedPackage>;
}

export interface PackageJson {
  readonly dependencies?: Record<string, string>;
  readonly devDependencies?: Record<string, string>;
  readonly optionalDependencies?: Record<string, string>;
  readonly overrides?: Record<string, string | Record<string, string>>;
}

const DEPENDENCY_KINDS = ['dependencies', 'optionalDependencies', 'devDependencies', 'peerDependencies'] as const;

/** Where Node would find `name` from the package at `from`: its own node_modules, then each one above. */
function resolveFrom(packages: LockFile['packages'], from: string, name: string): string | undefined {
  let dir = from;
  for (;;) {
    const path = `${dir ? `${dir}/` : ''}node_modules/${name}`;
    if (packages[path]) return path;
    if (!dir) return undefined;
    const parent = dir.lastIndexOf('/node_modules/');
    dir = parent < 0 ? '' : dir.slice(0, parent);
  }
}

/** Each dependency that no entry of the lock provides: `node_modules/astro optionalDependencies sharp`. */
export function unresolvedDependencies(lock: LockFile): string[] {
  const missing: string[] = [];
  for (const [path, meta] of Object.entries(lock.packages)) {
    for (const kind of DEPENDENCY_KINDS) {
      // Only the project's own devDependencies are installed; a package's never are.
      if (kind === 'devDependencies' && path !== '') continue;
      for (const name of Object.keys(meta[kind] ?? {})) {
        if (kind === 'peerDependencies' && meta.peerDependenciesMeta?.[name]?.optional) continue;
        if (!resolveFrom(lock.packages, path, name)) missing.push(`${path || '(the project)'} ${kind} ${name}`);
      }
    }
  }
  return missing;
}

/** Package names that `overrides` pins, at any depth (`{ "a": { "b": "1.0.0" } }` pins `b` under `a`). */
function overridden(overrides: PackageJson['overrides'] = {}): Set<string> {
  const names = new Set<string>();
  for (const [name, value] of Object.entries(overrides)) {
    if (name === '.') continue;
    if (typeof value === 'string') names.add(name.replace(/@[^@/]+$/, ''));
    else overridden(value).forEach((inner) => names.add(inner));
  }
  return names;
}

/**
 * Each dependency asked for by a dist-tag (`"latest"`) and not pinned by `overrides`.
 * Aliases (`npm:`), URLs and paths are not tags; a semver range is not either.
 */
export function unpinnedTags(lock: LockFile, pkg: PackageJson): string[] {
  const pinned = overridden(pkg.overrides);
  const found: string[] = [];
  for (const [path, meta] of Object.entries(lock.packages)) {
    for (const kind of DEPENDENCY_KINDS) {
      for (const [name, spec] of Object.entries(meta[kind] ?? {})) {
        const isTag = /^[a-z][\w.-]*$/i.test(spec) && semver.validRange(spec) === null;
        if (isTag && !pinned.has(name)) found.push(`${path || '(the project)'} asks for ${name}@${spec}`);
      }
    }
  }
  return found;
}

/** Where the lock's record of the project differs from package.json (a dependency added without the lock). */
export function outOfSync(lock: LockFile, pkg: PackageJson): string[] {
  const root = lock.packages[''] ?? {};
  const differences: string[] = [];
  for (const kind of ['dependencies', 'devDependencies', 'optionalDependencies'] as const) {
    const wanted = pkg[kind] ?? {};
    const locked = root[kind] ?? {};
    for (const name of new Set([...Object.keys(wanted), ...Object.keys(locked)])) {
      if (wanted[name] !== locked[name]) {
        differences.push(
          `${kind}.${name}: package.json has ${wanted[name] ?? 'nothing'}, the lock ${locked[name] ?? 'nothing'}`,
        );
      }
    }
  }
  return differences;
}

/** Every problem that would make `npm ci` refuse the lock somewhere, one line each. */
export function lockProblems(lock: LockFile, pkg: PackageJson): string[] {
  return [
    ...(lock.lockfileVersion >= 2 ? [] : [`lockfileVersion ${lock.lockfileVersion}: npm 7 or later writes 3`]),
    ...outOfSync(lock, pkg),
    ...unresolvedDependencies(lock).map((line) => `not in the lock: ${line}`),
    ...unpinnedTags(lock, pkg).map((line) => `${line}: pin it in package.json "overrides"`),
  ];
}
