// A module resolution hook for the tests: Node's ES module loader does not read NODE_PATH,
// and Debian installs ProseMirror under /usr/share/nodejs, so bare names such as
// "prosemirror-model" are looked up there (after any node_modules folder above the importing
// file). A package's ES module build (its "module" field) is preferred over its CommonJS one,
// which is the file esbuild bundles too, so the tests run the code the browser gets.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const systemFolders = (process.env.NODE_PATH || "/usr/share/nodejs:/usr/lib/nodejs")
  .split(":")
  .filter(Boolean);

function packageName(specifier) {
  const parts = specifier.split("/");
  return specifier.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0];
}

function candidateFolders(parentURL) {
  const folders = [];
  if (parentURL && parentURL.startsWith("file:")) {
    let folder = dirname(fileURLToPath(parentURL));
    for (;;) {
      folders.push(join(folder, "node_modules"));
      const up = dirname(folder);
      if (up === folder) break;
      folder = up;
    }
  }
  return folders.concat(systemFolders);
}

function entryOf(packageFolder, subpath) {
  if (subpath) return { file: join(packageFolder, subpath), format: undefined };
  const manifest = JSON.parse(readFileSync(join(packageFolder, "package.json"), "utf8"));
  const exported = manifest.exports && (manifest.exports.import || manifest.exports["."]?.import);
  if (typeof exported === "string") return { file: join(packageFolder, exported), format: "module" };
  if (manifest.module) return { file: join(packageFolder, manifest.module), format: "module" };
  const main = manifest.main || "index.js";
  const format = manifest.type === "module" ? "module" : "commonjs";
  return { file: join(packageFolder, main), format };
}

export async function resolve(specifier, context, nextResolve) {
  const bare = !/^(node:|data:|file:|\.|\/)/.test(specifier);
  if (!bare) return nextResolve(specifier, context);
  const name = packageName(specifier);
  const subpath = specifier.slice(name.length + 1);
  for (const folder of candidateFolders(context.parentURL)) {
    const packageFolder = join(folder, name);
    if (!existsSync(join(packageFolder, "package.json"))) continue;
    const { file, format } = entryOf(packageFolder, subpath);
    return { url: pathToFileURL(file).href, format, shortCircuit: true };
  }
  return nextResolve(specifier, context);
}
