// Lists the exports of src/ that no other file imports: `node scripts/unused-exports.mjs [--types]
// [src/state src/ui …]` (values only unless --types; every folder of src unless some are named).
// An export only a test imports is used (a pure helper exported for its test is fine); one that
// nothing imports is dead code or a name that should not be exported. Exits 1 when it finds any.
//
// `npm run lint` runs it over every folder of src: a new dead export fails lint unless ALLOWED names it.
//
// It reads every TypeScript file of src, test, e2e, bench and scripts with the compiler's parser
// (no type check, about a second): named imports, re-exports (`export { a } from`, `export * from`)
// followed through, and `import * as` / dynamic `import()` counted as using every export.
import ts from 'typescript';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Dead exports known and left for now, each with why: `path name` as the list prints it (no line
 * number, so an edit above it does not break the list), e.g. ['src/x.ts name', 'why']. An entry
 * that is no longer dead is reported so it can be struck. Empty since 30 Nov 2026: keep it so.
 */
const ALLOWED = new Map();
const FOLDERS = ['src', 'test', 'e2e', 'bench', 'scripts'];
const EXTENSIONS = ['.ts', '.tsx'];

function filesUnder(folder) {
  if (!existsSync(folder)) return [];
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return name === 'node_modules' ? [] : filesUnder(path);
    return EXTENSIONS.some((e) => name.endsWith(e)) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/** The file a relative specifier names, or null for a package. */
function resolveModule(from, specifier) {
  if (!specifier.startsWith('.')) return null;
  const base = resolve(dirname(from), specifier);
  for (const candidate of [base, ...EXTENSIONS.map((e) => base + e), ...EXTENSIONS.map((e) => join(base, 'index' + e))]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

const hasExportModifier = (node) => ts.getModifiers?.(node)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword) ?? false;

/** Per file: the names it exports itself, its re-exports, and what it imports from whom. */
function readModule(file) {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const own = new Map(); // name → line
  const types = new Set(); // the names of `own` and `reexports` that are types only
  const reexports = new Map(); // name → { from, name }
  const stars = [];
  const uses = []; // { from, name } ; name '*' = every export
  const line = (node) => source.getLineAndCharacterOfPosition(node.getStart()).line + 1;

  const visit = (node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const from = resolveModule(file, node.moduleSpecifier.text);
      const clause = node.importClause;
      if (from && clause) {
        if (clause.name) uses.push({ from, name: 'default' });
        const bindings = clause.namedBindings;
        if (bindings && ts.isNamespaceImport(bindings)) uses.push({ from, name: '*' });
        if (bindings && ts.isNamedImports(bindings)) for (const e of bindings.elements) uses.push({ from, name: (e.propertyName ?? e.name).text });
      }
    } else if (ts.isExportDeclaration(node)) {
      const from = node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier) ? resolveModule(file, node.moduleSpecifier.text) : null;
      if (!node.exportClause) {
        if (from) stars.push(from);
      } else if (ts.isNamedExports(node.exportClause)) {
        for (const e of node.exportClause.elements) {
          const local = (e.propertyName ?? e.name).text;
          if (node.isTypeOnly || e.isTypeOnly) types.add(e.name.text);
          if (from) reexports.set(e.name.text, { from, name: local });
          else own.set(e.name.text, line(e));
        }
      } else if (from) {
        // export * as name from './x'
        own.set(node.exportClause.name.text, line(node));
        uses.push({ from, name: '*' });
      }
    } else if (ts.isExportAssignment(node)) {
      own.set('default', line(node));
    } else if (hasExportModifier(node)) {
      const isDefault = ts.getModifiers(node)?.some((m) => m.kind === ts.SyntaxKind.DefaultKeyword);
      if (ts.isVariableStatement(node)) {
        for (const d of node.declarationList.declarations) if (ts.isIdentifier(d.name)) own.set(d.name.text, line(d));
      } else if (node.name) {
        own.set(isDefault ? 'default' : node.name.text, line(node));
        if (ts.isInterfaceDeclaration(node) || ts.isTypeAliasDeclaration(node)) types.add(node.name.text);
      }
    }
    if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [arg] = node.arguments;
      const from = arg && ts.isStringLiteral(arg) ? resolveModule(file, arg.text) : null;
      if (from) uses.push({ from, name: '*' });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return { own, types, reexports, stars, uses };
}

const files = FOLDERS.flatMap((f) => filesUnder(join(root, f)));
const modules = new Map(files.map((f) => [f, readModule(f)]));

// Mark uses, following re-exports to the module that declares the name.
const used = new Set(); // `${file}\0${name}`
const everything = new Set(); // files whose every export is used
function markUse(file, name, seen = new Set()) {
  const key = `${file}\0${name}`;
  if (seen.has(key)) return;
  seen.add(key);
  const module = modules.get(file);
  if (!module) return;
  if (name === '*') {
    everything.add(file);
    for (const target of module.reexports.values()) markUse(target.from, target.name, seen);
    for (const star of module.stars) markUse(star, '*', seen);
    return;
  }
  used.add(key);
  const target = module.reexports.get(name);
  if (target) markUse(target.from, target.name, seen);
  if (!module.own.has(name) && !target) for (const star of module.stars) markUse(star, name, seen);
}
for (const module of modules.values()) for (const use of module.uses) markUse(use.from, use.name);
// A named re-export counts as a use of what it names only if it is used itself (above); star and
// named re-exports of an index are its public face, checked by what imports the index.

// Types are left out unless asked for (--types): a type exported beside the function whose
// signature it spells (`RiskStoreDeps`) is documentation, not dead code.
const withTypes = process.argv.includes('--types');
const under = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const dead = []; // `path:line name`
const allowedSeen = new Set();
for (const [file, module] of modules) {
  const path = relative(root, file);
  if (!path.startsWith('src') || (under.length > 0 && !under.some((u) => path.startsWith(u)))) continue;
  if (everything.has(file)) continue;
  const unused = (name) => !used.has(`${file}\0${name}`) && (withTypes || !module.types.has(name));
  const report = (key, entry) => {
    if (ALLOWED.has(key)) allowedSeen.add(key);
    else dead.push(entry);
  };
  for (const [name, line] of module.own) if (unused(name)) report(`${path} ${name}`, `${path}:${line} ${name}`);
  for (const name of module.reexports.keys()) if (unused(name)) report(`${path} ${name}`, `${path} ${name} (re-export)`);
}

// Only a run over every folder can tell that an allowed entry is no longer dead.
if (under.length === 0 && !withTypes) {
  for (const key of ALLOWED.keys()) if (!allowedSeen.has(key)) console.log(`unused-exports: ${key} is used now (or gone): strike it from ALLOWED`);
}
if (dead.length === 0) {
  console.log(`no unused exports (${files.length} files read; ${allowedSeen.size} allowed, listed in scripts/unused-exports.mjs)`);
} else {
  console.log(`${dead.length} exports of src/ that no other file imports (${files.length} files read):`);
  for (const entry of dead.sort()) console.log(`  ${entry}`);
  process.exitCode = 1;
}
