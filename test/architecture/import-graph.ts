/**
 * The import graph of a source tree, read with the TypeScript compiler's
 * parser (static imports, re-exports and dynamic import() calls), and
 * the architecture's rules over it. Each rule returns its violations as
 * "from -> to" lines, so a failure names the import to remove.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

export interface ImportGraph {
  root: string;
  /** File (relative to root, e.g. "core/advisor.ts") -> what it imports: files in the tree, or package names. */
  edges: Map<string, string[]>;
  /** The same, without imports of types only (`import type`, `export type ... from`), which vanish when compiled. */
  runtimeEdges: Map<string, string[]>;
}

/** Every module specifier in a file, and whether it brings in types only. */
function specifiersOf(text: string): Array<{ specifier: string; typeOnly: boolean }> {
  const file = ts.createSourceFile('x.ts', text, ts.ScriptTarget.Latest, true);
  const found: Array<{ specifier: string; typeOnly: boolean }> = [];
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      const typeOnly = !!clause && (clause.isTypeOnly || (!clause.name && !!clause.namedBindings && ts.isNamedImports(clause.namedBindings) && clause.namedBindings.elements.length > 0 && clause.namedBindings.elements.every((e) => e.isTypeOnly)));
      found.push({ specifier: node.moduleSpecifier.text, typeOnly });
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      found.push({ specifier: node.moduleSpecifier.text, typeOnly: node.isTypeOnly });
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword && node.arguments[0] && ts.isStringLiteral(node.arguments[0])) {
      found.push({ specifier: node.arguments[0].text, typeOnly: false });
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
      found.push({ specifier: node.argument.literal.text, typeOnly: true });
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') && !path.endsWith('.d.ts') ? [path] : [];
  });
}

/** "./x.js" -> the .ts file in the tree; "pg" or "@slack/bolt/dist/x" -> the package name. */
function target(root: string, from: string, specifier: string): string {
  if (!specifier.startsWith('.')) {
    const parts = specifier.split('/');
    return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
  }
  const path = resolve(dirname(from), specifier);
  const candidates = [path.replace(/\.js$/, '.ts'), `${path}.ts`, join(path, 'index.ts')];
  const found = candidates.find((c) => existsSync(c)) ?? candidates[0]!;
  return relative(root, found).split('\\').join('/');
}

export function importGraph(root: string): ImportGraph {
  const edges = new Map<string, string[]>();
  const runtimeEdges = new Map<string, string[]>();
  for (const file of sourceFiles(root)) {
    const found = specifiersOf(readFileSync(file, 'utf8'));
    const name = relative(root, file).split('\\').join('/');
    edges.set(name, [...new Set(found.map((f) => target(root, file, f.specifier)))]);
    runtimeEdges.set(name, [...new Set(found.filter((f) => !f.typeOnly).map((f) => target(root, file, f.specifier)))]);
  }
  return { root, edges, runtimeEdges };
}

const inCore = (file: string) => file.startsWith('core/');
const ADAPTER = /^adapters\/([^/]+)\//;
/** The adapter a file belongs to; the shared kit belongs to none. */
const adapterOf = (file: string) => {
  const name = ADAPTER.exec(file)?.[1];
  return name === 'kit' ? undefined : name;
};

/** What the core must never reach for: an adapter, a store driver, the chart drawing, a platform library or a database driver. */
const CORE_FORBIDDEN: Array<(to: string) => boolean> = [
  (to) => to.startsWith('adapters/'),
  (to) => to.startsWith('store/'),
  (to) => to.startsWith('charts/'),
  (to) => ['@slack/bolt', '@slack/web-api', 'discord.js', '@discordjs/rest', 'pg', 'better-sqlite3'].includes(to),
];

export function coreReachesOut(graph: ImportGraph): string[] {
  return [...graph.edges].flatMap(([from, tos]) => (inCore(from) ? tos.filter((to) => CORE_FORBIDDEN.some((f) => f(to))).map((to) => `${from} -> ${to}`) : []));
}

export function adapterImportsAdapter(graph: ImportGraph): string[] {
  return [...graph.edges].flatMap(([from, tos]) => {
    const own = adapterOf(from);
    if (!from.startsWith('adapters/')) return [];
    return tos.filter((to) => to.startsWith('adapters/') && adapterOf(to) !== undefined && adapterOf(to) !== own).map((to) => `${from} -> ${to}`);
  });
}

export function adapterPassesTheFace(graph: ImportGraph): string[] {
  return [...graph.edges].flatMap(([from, tos]) => (from.startsWith('adapters/') ? tos.filter((to) => inCore(to) && to !== 'core/index.ts').map((to) => `${from} -> ${to}`) : []));
}

/**
 * The service's wiring (the composition root and what it hands the adapters:
 * metrics around the core, the health check) uses the core as the adapters
 * do, through its face: nothing it builds can reach past TeamAdvisor.
 */
export const SERVICE_WIRING = ['main.ts', 'service.ts', 'metrics.ts', 'health.ts'];

export function wiringPassesTheFace(graph: ImportGraph): string[] {
  return SERVICE_WIRING.flatMap((from) => (graph.edges.get(from) ?? []).filter((to) => inCore(to) && to !== 'core/index.ts').map((to) => `${from} -> ${to}`));
}

/**
 * Every cycle of imports that run (a module waiting on one that waits on it),
 * found by a depth-first walk, each as "a -> b -> ... -> a". Imports of types
 * only are left out: they are erased when compiled and order nothing.
 */
export function importCycles(graph: ImportGraph): string[] {
  const state = new Map<string, 'open' | 'done'>();
  const cycles: string[] = [];
  const walk = (file: string, path: string[]) => {
    state.set(file, 'open');
    for (const next of graph.runtimeEdges.get(file) ?? []) {
      if (!graph.runtimeEdges.has(next)) continue;
      if (state.get(next) === 'open') cycles.push([...path.slice(path.indexOf(next)), next].join(' -> '));
      else if (!state.has(next)) walk(next, [...path, next]);
    }
    state.set(file, 'done');
  };
  for (const file of graph.runtimeEdges.keys()) if (!state.has(file)) walk(file, [file]);
  return cycles;
}
