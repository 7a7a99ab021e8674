// typescript-eslint's parser, except that `import type` and `export type ... from` are
// reported as value imports. import-x/no-cycle skips type-only imports by design, but a
// type-only cycle still ties two modules together for a reader, so here they count too.
import tseslint from 'typescript-eslint';

const importNodes = new Set([
  'ImportDeclaration',
  'ImportSpecifier',
  'ExportNamedDeclaration',
  'ExportAllDeclaration',
  'ExportSpecifier',
]);

function countTypeImportsAsValues(node) {
  for (const statement of node.body) {
    if (!importNodes.has(statement.type)) continue;
    for (const part of [statement, ...(statement.specifiers ?? [])]) {
      if (part.importKind === 'type') part.importKind = 'value';
      if (part.exportKind === 'type') part.exportKind = 'value';
    }
  }
}

export const typeImportsCountParser = {
  meta: { name: 'type-imports-count' },
  parseForESLint(code, options) {
    const result = tseslint.parser.parseForESLint(code, options);
    countTypeImportsAsValues(result.ast);
    return result;
  },
};
