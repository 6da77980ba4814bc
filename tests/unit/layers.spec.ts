import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, dirname } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// ARCHITECTURE.md's "who may import whom", checked on every import in src/.
const SRC = resolve(__dirname, '../../src');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return /\.(ts|svelte)$/.test(name) && !/\.spec\.ts$/.test(name) ? [path] : [];
  });
}

function imports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)].map(
    (m) => (m[1] ?? m[2])!,
  );
}

const layerOf = (path: string): string => relative(SRC, path).split('/')[0]!;

describe('layers', () => {
  const all = files(SRC);

  it('the core does nothing when imported (vite.config.ts lets the bundler drop what a chunk does not use)', () => {
    const allowed = new Set([
      ts.SyntaxKind.ImportDeclaration,
      ts.SyntaxKind.ExportDeclaration,
      ts.SyntaxKind.FunctionDeclaration,
      ts.SyntaxKind.ClassDeclaration,
      ts.SyntaxKind.InterfaceDeclaration,
      ts.SyntaxKind.TypeAliasDeclaration,
      ts.SyntaxKind.VariableStatement,
      ts.SyntaxKind.EnumDeclaration,
    ]);
    const bad: string[] = [];
    for (const file of all.filter((f) => layerOf(f) === 'core')) {
      const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022);
      for (const statement of source.statements) {
        if (!allowed.has(statement.kind)) bad.push(`${relative(SRC, file)}: ${statement.getText(source).slice(0, 60)}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('the core imports nothing outside itself but a few pure libraries (no DOM, storage or Svelte)', () => {
    const allowed = new Set(['papaparse', 'fflate']);
    const bad: string[] = [];
    for (const file of all.filter((f) => layerOf(f) === 'core' && !f.includes('/test-data/'))) {
      for (const spec of imports(file)) {
        if (spec.startsWith('.')) {
          if (layerOf(resolve(dirname(file), spec)) !== 'core') bad.push(`${relative(SRC, file)} -> ${spec}`);
        } else if (!allowed.has(spec)) bad.push(`${relative(SRC, file)} -> ${spec}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('adapters and workers never import the UI', () => {
    const bad = all
      .filter((f) => ['adapters', 'workers'].includes(layerOf(f)))
      .flatMap((file) =>
        imports(file)
          .filter((spec) => spec.startsWith('.') && layerOf(resolve(dirname(file), spec)) === 'ui')
          .map((spec) => `${relative(SRC, file)} -> ${spec}`),
      );
    expect(bad).toEqual([]);
  });

  it('an adapter does not reach into another adapter', () => {
    const bad: string[] = [];
    for (const file of all.filter((f) => layerOf(f) === 'adapters')) {
      const own = relative(SRC, file).split('/')[1];
      for (const spec of imports(file).filter((s) => s.startsWith('.'))) {
        const target = relative(SRC, resolve(dirname(file), spec)).split('/');
        if (target[0] === 'adapters' && target[1] !== own) bad.push(`${relative(SRC, file)} -> ${spec}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('outside the core, code uses the core only through src/core/index.ts', () => {
    const bad = all
      .filter((f) => layerOf(f) !== 'core')
      .flatMap((file) =>
        imports(file)
          .filter((spec) => spec.startsWith('.'))
          .map((spec) => relative(SRC, resolve(dirname(file), spec)))
          .filter((target) => target.startsWith('core/') && !/^core\/(index|types)(\.ts)?$/.test(target))
          .map((target) => `${relative(SRC, file)} -> ${target}`),
      );
    expect(bad).toEqual([]);
  });

  it('the app layer uses the core and the adapters, never the UI', () => {
    const bad = all
      .filter((f) => layerOf(f) === 'app')
      .flatMap((file) =>
        imports(file)
          .filter((spec) => spec.startsWith('.') && ['ui', 'workers'].includes(layerOf(resolve(dirname(file), spec))))
          .map((spec) => `${relative(SRC, file)} -> ${spec}`),
      );
    expect(bad).toEqual([]);
  });

  it('adapters and the core never import the app layer', () => {
    const bad = all
      .filter((f) => ['core', 'adapters', 'workers'].includes(layerOf(f)))
      .flatMap((file) =>
        imports(file)
          .filter((spec) => spec.startsWith('.') && layerOf(resolve(dirname(file), spec)) === 'app')
          .map((spec) => `${relative(SRC, file)} -> ${spec}`),
      );
    expect(bad).toEqual([]);
  });

  it('the UI writes devices, lists, backups, the trash and settings only through the app layer (src/app), never on the store itself', () => {
    const WRITES =
      /\b(?:store|storeRef|#store)\??\.(addDevices|updateDevice|updateDevices|commitBox|trashDevices|createList|updateList|renameList|duplicateList|trashList|importBackup|restoreFromTrash|emptyTrash|updateSettings)\(/;
    const bad = all
      .filter((f) => layerOf(f) === 'ui')
      .flatMap((file) =>
        readFileSync(file, 'utf8')
          .split('\n')
          .map((line, i) => [line, i + 1] as const)
          .filter(([line]) => WRITES.test(line))
          .map(([line, n]) => `${relative(SRC, file)}:${n}: ${line.trim()}`),
      );
    expect(bad).toEqual([]);
  });
});
