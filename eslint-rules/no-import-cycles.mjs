// A lint rule: no file may reach itself again through relative imports — `import type` and
// `export … from` included, since a type-only edge still ties two files into one unit to read.
// Packages reach each other only through their `exports` (no-restricted-imports), so relative
// imports are the whole graph. The graph is read with TypeScript's import scanner (no type check),
// once per file per lint run.
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const EXTENSIONS = ['.ts', '.tsx', '.mts', '.cts', '.js', '.mjs', '.cjs'];

/** @type {Map<string, string[]>} file → the files it imports (relative imports only) */
const graph = new Map();

function resolve(from, specifier) {
  const base = path.resolve(path.dirname(from), specifier);
  // nodenext style `./x.js` names the `./x.ts` source.
  const stem = base.replace(/\.(c|m)?js$/, '');
  const candidates = [base, ...EXTENSIONS.map((ext) => stem + ext), ...EXTENSIONS.map((ext) => path.join(base, `index${ext}`))];
  for (const candidate of candidates) {
    try {
      if (fs.statSync(candidate).isFile()) return candidate;
    } catch {
      // not this one
    }
  }
  return undefined;
}

function importsOf(file) {
  let edges = graph.get(file);
  if (edges !== undefined) return edges;
  edges = [];
  graph.set(file, edges);
  let text;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    return edges;
  }
  for (const { fileName } of ts.preProcessFile(text, true, true).importedFiles) {
    if (!fileName.startsWith('.')) continue;
    const target = resolve(file, fileName);
    if (target !== undefined) edges.push(target);
  }
  return edges;
}

/** A shortest path of imports from `start` back to `start`, or undefined. */
function cycleThrough(start) {
  const previous = new Map([[start, undefined]]);
  const queue = [start];
  while (queue.length > 0) {
    const file = queue.shift();
    for (const next of importsOf(file)) {
      if (next === start) {
        const chain = [start];
        for (let at = file; at !== start; at = previous.get(at)) chain.splice(1, 0, at);
        chain.push(start);
        return chain;
      }
      if (!previous.has(next)) {
        previous.set(next, file);
        queue.push(next);
      }
    }
  }
  return undefined;
}

export default {
  meta: {
    type: 'problem',
    docs: { description: 'Forbid import cycles between files (type-only imports included)' },
    schema: [],
  },
  create(context) {
    const file = context.physicalFilename ?? context.filename;
    return {
      Program(node) {
        if (!path.isAbsolute(file)) return;
        const cycle = cycleThrough(file);
        if (cycle === undefined) return;
        const dir = path.dirname(file);
        const shown = cycle.map((f) => path.relative(dir, f) || path.basename(f)).join(' → ');
        context.report({ node, message: `Import cycle: ${shown}. Move what both need into a file of its own.` });
      },
    };
  },
};
