#!/usr/bin/env node
// The API report of every published package: one Markdown file per package
// (`packages/<name>/api-report.md`) listing each export of each entry point with its kind and
// type, read from the sources by the TypeScript compiler. Committed, so that any change of the
// public surface shows up in review; `--check` (run by `npm test`) fails when a report is out of
// date or when an export has no doc comment.
//
//   node scripts/api-report.mjs          rewrite the reports
//   node scripts/api-report.mjs --check  compare, write nothing (--require-docs: and fail on
//                                        an export without a doc comment)
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const libraries = ["packages/arabic-text", "packages/model", "packages/queries"];
const check = process.argv.includes("--check");
// With --require-docs an export without a doc comment fails the check too.
const requireDocs = process.argv.includes("--require-docs");

/** Entry points of a package: its `exports` subpaths that have a `@csto/source` file. */
function entryPoints(pkgDir) {
  const pkg = JSON.parse(readFileSync(join(pkgDir, "package.json"), "utf8"));
  const entries = [];
  for (const [subpath, target] of Object.entries(pkg.exports ?? {})) {
    if (typeof target !== "object" || target === null) continue;
    const source = target["@csto/source"];
    if (typeof source === "string") entries.push({ subpath, file: join(pkgDir, source) });
  }
  return { name: pkg.name, entries };
}

const flags =
  ts.TypeFormatFlags.NoTruncation |
  ts.TypeFormatFlags.UseSingleQuotesForStringLiteralType |
  ts.TypeFormatFlags.WriteArrayAsGenericType |
  ts.TypeFormatFlags.UseAliasDefinedOutsideCurrentScope;

/** Members declared by the project itself (not inherited from the standard library). */
function ownMember(property) {
  if (property.name.startsWith("__@")) return false;
  return (property.declarations ?? []).every((d) => !d.getSourceFile().fileName.includes("/node_modules/"));
}

function kindOf(declaration) {
  if (ts.isFunctionDeclaration(declaration)) return "function";
  if (ts.isClassDeclaration(declaration)) return "class";
  if (ts.isInterfaceDeclaration(declaration)) return "interface";
  if (ts.isTypeAliasDeclaration(declaration)) return "type";
  if (ts.isEnumDeclaration(declaration)) return "enum";
  if (ts.isVariableDeclaration(declaration)) return "const";
  return ts.SyntaxKind[declaration.kind];
}

/** One export as text: its kind, and its signature or shape without comments. */
function describe(checker, name, symbol) {
  const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
  const declarations = target.declarations ?? [];
  const lines = [];
  const kinds = new Set();
  for (const declaration of declarations) {
    const kind = kindOf(declaration);
    kinds.add(kind);
    if (kind === "function") {
      // As written in the source (names, not expanded structures), with the inferred return
      // type where the source leaves it out.
      const signature = checker.getSignatureFromDeclaration(declaration);
      const typeParameters = declaration.typeParameters
        ? `<${declaration.typeParameters.map((p) => squash(p.getText())).join(", ")}>`
        : "";
      const parameters = declaration.parameters.map((p) => squash(p.getText())).join(", ");
      const returns = declaration.type
        ? squash(declaration.type.getText())
        : signature
          ? checker.typeToString(signature.getReturnType(), declaration, flags)
          : "unknown";
      lines.push(`function ${name}${typeParameters}(${parameters}): ${returns}`);
    } else if (kind === "interface") {
      const type = checker.getDeclaredTypeOfSymbol(target);
      lines.push(`interface ${name} {`);
      for (const property of checker.getPropertiesOfType(type)) {
        const optional = property.flags & ts.SymbolFlags.Optional ? "?" : "";
        const propertyType = checker.getTypeOfSymbolAtLocation(property, declaration);
        const readonly = property.declarations?.some((d) => ts.getCombinedModifierFlags(d) & ts.ModifierFlags.Readonly)
          ? "readonly "
          : "";
        lines.push(
          `  ${readonly}${property.name}${optional}: ${checker.typeToString(propertyType, declaration, flags)};`,
        );
      }
      for (const signature of type.getCallSignatures()) {
        lines.push(`  ${checker.signatureToString(signature, declaration, flags)};`);
      }
      lines.push("}");
      break;
    } else if (kind === "type") {
      const params = declaration.typeParameters
        ? `<${declaration.typeParameters.map((p) => p.getText()).join(", ")}>`
        : "";
      lines.push(`type ${name}${params} = ${squash(declaration.type.getText())}`);
    } else if (kind === "class") {
      const instance = checker.getDeclaredTypeOfSymbol(target);
      lines.push(`class ${name} {`);
      const constructorType = checker.getTypeOfSymbolAtLocation(target, declaration);
      for (const signature of constructorType.getConstructSignatures()) {
        lines.push(`  constructor${checker.signatureToString(signature, declaration, flags).replace(/: [^:]+$/, "")};`);
      }
      for (const property of constructorType.getProperties()) {
        if (property.name === "prototype" || !ownMember(property)) continue;
        lines.push(
          `  static ${property.name}: ${checker.typeToString(checker.getTypeOfSymbolAtLocation(property, declaration), declaration, flags)};`,
        );
      }
      for (const property of checker.getPropertiesOfType(instance)) {
        if (!ownMember(property)) continue;
        const modifiers = property.declarations?.map((d) => ts.getCombinedModifierFlags(d)) ?? [];
        if (modifiers.some((m) => m & (ts.ModifierFlags.Private | ts.ModifierFlags.Protected))) continue;
        lines.push(
          `  ${property.name}: ${checker.typeToString(checker.getTypeOfSymbolAtLocation(property, declaration), declaration, flags)};`,
        );
      }
      lines.push("}");
    } else if (kind === "const") {
      const type = checker.getTypeOfSymbolAtLocation(target, declaration);
      lines.push(`const ${name}: ${checker.typeToString(type, declaration, flags)}`);
    } else {
      lines.push(`${kind} ${name}`);
    }
  }
  const documented = declarations.some((d) => ts.getJSDocCommentsAndTags(d).length > 0 || hasLeadingDoc(d));
  // import("/abs/path").Name → Name: the report must not depend on where the repo is checked out.
  const text = lines.join("\n").replace(/import\("[^"]*"\)\./g, "");
  return { text, kinds: [...kinds].join(" + "), documented };
}

/** A doc comment may sit on the variable statement rather than on the declaration itself. */
function hasLeadingDoc(declaration) {
  const node = ts.isVariableDeclaration(declaration) ? declaration.parent.parent : declaration;
  const text = node.getSourceFile().getFullText();
  return (ts.getLeadingCommentRanges(text, node.getFullStart()) ?? []).some((range) =>
    text.slice(range.pos, range.end).startsWith("/**"),
  );
}

function squash(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .replace(/\/\/[^\n]*/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

function report(pkgDir) {
  const { name, entries } = entryPoints(pkgDir);
  const program = ts.createProgram(
    entries.map((e) => e.file),
    {
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      customConditions: ["@csto/source"],
      resolveJsonModule: true,
      strict: true,
      skipLibCheck: true,
      noEmit: true,
      types: ["node"],
    },
  );
  const checker = program.getTypeChecker();
  const out = [
    `# API report: ${name}`,
    "",
    "Generated by `npm run api:report` from the sources; do not edit. `npm test` fails when this file",
    "differs from the current public surface, so every change of the API shows up in review.",
    "",
  ];
  const undocumented = [];
  for (const { subpath, file } of entries) {
    const sourceFile = program.getSourceFile(file);
    if (!sourceFile) throw new Error(`cannot read ${file}`);
    const moduleSymbol = checker.getSymbolAtLocation(sourceFile);
    const exports = moduleSymbol ? checker.getExportsOfModule(moduleSymbol) : [];
    const specifier = subpath === "." ? name : `${name}/${subpath.slice(2)}`;
    out.push(`## \`${specifier}\``, "", `${exports.length} exports.`, "");
    for (const symbol of [...exports].sort((a, b) => a.name.localeCompare(b.name))) {
      const { text, kinds, documented } = describe(checker, symbol.name, symbol);
      if (!documented) undocumented.push(`${specifier}: ${symbol.name}`);
      out.push(`### ${symbol.name} (${kinds})`, "", "```ts", text, "```", "");
    }
  }
  return { file: join(pkgDir, "api-report.md"), text: `${out.join("\n").trimEnd()}\n`, undocumented };
}

let failed = false;
for (const dir of libraries) {
  const { file, text, undocumented } = report(join(root, dir));
  const name = relative(root, file);
  let current = "";
  try {
    current = readFileSync(file, "utf8");
  } catch {}
  if (check) {
    if (current !== text) {
      failed = true;
      console.error(`✗ ${name} is out of date: run \`npm run api:report\` and commit it`);
    } else console.log(`✓ ${name} is current`);
  } else if (current !== text) {
    writeFileSync(file, text);
    console.log(`wrote ${name}`);
  } else console.log(`${name} unchanged`);
  for (const item of undocumented) {
    failed = failed || (check && requireDocs);
    console.error(`${check && requireDocs ? "✗" : "!"} no doc comment: ${item}`);
  }
}
process.exit(failed ? 1 : 0);
