#!/usr/bin/env bash
# Rebuilds the vendored Plotly of the browser workbench, src/main/resources/web/vendor/plotly/: plotly.js 3.3.1 with
# only the trace types the pages draw, minified, as ES modules in two parts that share one chunk, so that a page
# evaluates only what its first view needs before drawing it:
#   plotly-first.js  core with scatter, bar, scattergl (the explorer's first view, study charts) + plotly-chunk.js
#   plotly-more.js   adds scatter3d, splom, parcoords (explorer) and scattergeo (dashboard map)
# Bundled with plotly.js's own esbuild configuration (esbuild-config.js, its attribute-stripping plugin of
# tasks/compress_attributes.js, the esbuild version its package.json names), with code splitting on. Needs node and
# npm (the npm registry); not part of the Maven build, which only serves the files. Dependencies resolve as on the
# day the files were made (--before), so a rerun gives the same bytes: the sha256 are checked against SOURCE.txt.
# Usage: src/build/plotly-bundle.sh
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
out="$here/src/main/resources/web/vendor/plotly"
# a fixed path: esbuild-plugin-inline-css names each style element by a hash of the CSS file's absolute path
work=/tmp/bomoco-plotly-bundle
rm -rf "$work"
mkdir -p "$work/entries"
trap 'rm -rf "$work"' EXIT
cd "$work"
npm init -y >/dev/null
# plotly.js and the build tools its package.json lists as devDependencies for bundling
npm install --no-audit --no-fund --before=2026-12-07T00:00:00Z plotly.js@3.3.1 esbuild@0.25.5 \
  esbuild-plugin-environment@0.4.0 esbuild-plugin-glsl@1.2.2 esbuild-plugin-inline-css@0.0.1 \
  stream-browserify@3.0.0 buffer@6.0.3 assert@2.1.0 >/dev/null
cat > entries/first.js <<'JS'
var Plotly = require('plotly.js/lib/core');
Plotly.register([require('plotly.js/lib/bar'), require('plotly.js/lib/scattergl'), require('plotly.js/lib/calendars')]);
window.Plotly = Plotly;
export default Plotly;
JS
cat > entries/more.js <<'JS'
var Plotly = require('plotly.js/lib/core');
Plotly.register([require('plotly.js/lib/scatter3d'), require('plotly.js/lib/splom'), require('plotly.js/lib/parcoords'),
    require('plotly.js/lib/scattergeo')]);
export default Plotly;
JS
cat > build.mjs <<'JS'
import { build } from 'esbuild';
import config from 'plotly.js/esbuild-config.js';
import stripMeta from 'plotly.js/tasks/compress_attributes.js';
const c = { ...config.esbuildConfig, entryPoints: { 'plotly-first': 'entries/first.js', 'plotly-more': 'entries/more.js' },
  outdir: 'out', splitting: true, format: 'esm', minify: true, chunkNames: 'plotly-[name]', logLevel: 'warning' };
delete c.globalName;
c.plugins = c.plugins.concat([stripMeta]);
await build(c);
JS
node build.mjs
rm -f "$out"/plotly-*.js
mkdir -p "$out"
for f in out/*.js; do
  { echo "/* plotly.js v3.3.1, partial bundle of the BOMOCO workbench ($(basename "$f")); Copyright 2012-2025, Plotly, Inc.;"
    echo "   MIT license: LICENSE beside this file; made by src/build/plotly-bundle.sh */"
    cat "$f"; } > "$out/$(basename "$f")"
done
cp node_modules/plotly.js/LICENSE "$out/LICENSE"
cd "$out"
sha256sum plotly-*.js
for f in plotly-*.js; do
  grep -q "$(sha256sum "$f" | cut -d' ' -f1)  $f" SOURCE.txt 2>/dev/null \
    || echo "plotly-bundle.sh: $f differs from SOURCE.txt's sha256: update SOURCE.txt if the change is meant" >&2
done
