// The module boundary rule: a module imports another only through its index (@app/<module>), and only modules in a
// lower layer of tools/lint/module-layers.json. Flat-config compatible: `plugin` carries the rule, `moduleBoundaries`
// is a ready config array for libs/ and apps/.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import tseslint from 'typescript-eslint';

const TABLE = JSON.parse(readFileSync(new URL('./module-layers.json', import.meta.url), 'utf8'));

/** module name → layer index (0 = foundation). */
export const LAYER_OF = new Map(TABLE.layers.flatMap((layer, index) => layer.modules.map((m) => [m, index])));
export const LAYERS = TABLE.layers;

/** The module a repository-relative path belongs to, or null outside libs/, apps/, scripts/, test/, tools/. */
export function moduleOfPath(relative) {
  const parts = relative.split(/[\\/]/);
  if (parts[0] === 'libs' && parts.length > 2) return parts[1];
  if (parts[0] === 'apps' && parts.length > 2) return `app:${parts[1]}`;
  if (['scripts', 'test', 'tools'].includes(parts[0]) && parts.length > 1) return parts[0];
  return null;
}

/** Where an import specifier points: { module, deep } or null for a package outside the repository. */
function targetOf(specifier, fromRelativeFile) {
  const alias = /^@app\/([^/]+)(\/.*)?$/.exec(specifier);
  if (alias) return { module: alias[1], deep: Boolean(alias[2]), viaAlias: true };
  if (!specifier.startsWith('.')) return null;
  const resolved = path.posix.normalize(
    path.posix.join(path.posix.dirname(fromRelativeFile.split(path.sep).join('/')), specifier),
  );
  const module = moduleOfPath(resolved);
  return module ? { module, deep: true, viaAlias: false } : null;
}

const layerName = (module) =>
  `${module} (layer ${LAYER_OF.get(module) + 1}, ${TABLE.layers[LAYER_OF.get(module)].name})`;

const moduleLayers = {
  meta: {
    type: 'problem',
    docs: {
      description: "Modules depend downwards only, on another module's index only (tools/lint/module-layers.json).",
    },
    schema: [{ type: 'object', properties: { root: { type: 'string' } }, additionalProperties: false }],
    messages: {
      internals:
        "'{{specifier}}' reaches into module {{target}}'s internals: import it through its index '@app/{{target}}' (export what is public from libs/{{target}}/src/index.ts).",
      relativeEscape:
        "'{{specifier}}' leaves module {{from}}'s folder into {{target}}: import a library through its index (@app/<module>); code two apps share belongs in a library.",
      upward:
        '{{from}} must not import {{to}}: modules import only lower layers (see tools/lint/module-layers.json). Move the code to the module that owns the data, or define an interface in the lower module that the higher one implements.',
      unknownModule: "Module '{{module}}' is missing from tools/lint/module-layers.json: give it a layer.",
    },
  },
  create(context) {
    const root = context.options[0]?.root ?? context.cwd;
    const file = path.relative(root, context.filename);
    const from = moduleOfPath(file);
    if (!from) return {};
    if (!LAYER_OF.has(from)) {
      return { Program: (node) => context.report({ node, messageId: 'unknownModule', data: { module: from } }) };
    }

    function check(node, source) {
      if (!source || typeof source.value !== 'string') return;
      const specifier = source.value;
      const target = targetOf(specifier, file);
      if (!target || target.module === from) return;
      if (!LAYER_OF.has(target.module)) {
        context.report({ node: source, messageId: 'unknownModule', data: { module: target.module } });
        return;
      }
      if (target.deep) {
        context.report({
          node: source,
          messageId: target.viaAlias ? 'internals' : 'relativeEscape',
          data: { specifier, target: target.module, from },
        });
      }
      if (LAYER_OF.get(target.module) >= LAYER_OF.get(from)) {
        context.report({
          node: source,
          messageId: 'upward',
          data: { from: layerName(from), to: layerName(target.module) },
        });
      }
    }

    return {
      ImportDeclaration: (node) => check(node, node.source),
      ExportAllDeclaration: (node) => check(node, node.source),
      ExportNamedDeclaration: (node) => check(node, node.source),
      ImportExpression: (node) => check(node, node.source.type === 'Literal' ? node.source : null),
      TSImportEqualsDeclaration: (node) =>
        check(node, node.moduleReference.type === 'TSExternalModuleReference' ? node.moduleReference.expression : null),
      CallExpression: (node) => {
        const callee = node.callee;
        const isRequire = callee.type === 'Identifier' && callee.name === 'require';
        const isJestMock =
          callee.type === 'MemberExpression' &&
          callee.object.type === 'Identifier' &&
          callee.object.name === 'jest' &&
          callee.property.type === 'Identifier' &&
          ['mock', 'requireActual'].includes(callee.property.name);
        if ((isRequire || isJestMock) && node.arguments[0]?.type === 'Literal') check(node, node.arguments[0]);
      },
    };
  },
};

export const plugin = { meta: { name: 'module-boundaries' }, rules: { 'module-layers': moduleLayers } };
export default plugin;

/** Ready flat config: the boundary rule on every TypeScript file of libs/ and apps/ (the web console excepted). */
export const moduleBoundaries = [
  {
    name: 'module-boundaries',
    files: ['libs/**/*.ts', 'apps/api/**/*.ts', 'apps/worker/**/*.ts'],
    languageOptions: { parser: tseslint.parser },
    plugins: { boundaries: plugin },
    rules: { 'boundaries/module-layers': 'error' },
  },
];
