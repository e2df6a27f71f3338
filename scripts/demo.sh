#!/usr/bin/env bash
# npm run demo: the action's main job end to end, on this machine. Starts a private docker
# engine and a distribution registry (loopback, temp dirs), creates an application repo with
# a kustomize overlay and a bare "GitHub" remote, and runs dist/index.js — the bundle users
# get — the way the runner does (INPUT_* variables, an event file, GITHUB_OUTPUT) for:
#   0. a bootstrap (build both images)
#   1. a code push (build once, push, write + commit the overlay)
#   2. a docs-only push (skip)
#   3. a config-only push (reuse the running tag, no build)
#   4. a release tag (promote the same digest, no rebuild)
#   5-6. a bad push, then a rollback (tag: previous)
#   7. a docs-only push after the rollback (api stays where the rollback put it: held)
# Needs root for dockerd and the packages from scripts/install-deps.sh.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
for bin in dockerd docker docker-registry git node; do
  command -v "$bin" >/dev/null || { echo "demo: $bin is missing — run: sudo bash scripts/install-deps.sh" >&2; exit 1; }
done
[ "$(id -u)" -eq 0 ] || { echo "demo: dockerd needs root — run: sudo npm run demo" >&2; exit 1; }
[ -f "$root/dist/index.js" ] || (cd "$root" && npm run bundle)

work=$(mktemp -d /tmp/ipdemo.XXXX)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  sleep 1
  rm -rf "$work"
}
trap cleanup EXIT

port=$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")
registry="localhost:$port"
cat > "$work/registry.yml" <<YAML
version: 0.1
log: { level: error }
storage: { filesystem: { rootdirectory: $work/registry }, delete: { enabled: true } }
http: { addr: 127.0.0.1:$port }
YAML
docker-registry serve "$work/registry.yml" >"$work/registry.log" 2>&1 & pids+=($!)
dockerd --iptables=false --ip6tables=false --bridge=none --storage-driver=vfs \
  --data-root="$work/docker" --exec-root="$work/exec" --pidfile="$work/docker.pid" \
  --host="unix://$work/docker.sock" >"$work/dockerd.log" 2>&1 & pids+=($!)
export DOCKER_HOST="unix://$work/docker.sock" DOCKER_CONFIG="$work/docker-config"
for _ in $(seq 1 100); do docker version >/dev/null 2>&1 && curl -sf "http://127.0.0.1:$port/v2/" >/dev/null 2>&1 && break; sleep 0.2; done
docker version >/dev/null

g() { git -c user.name=demo -c user.email=demo@example.com -C "$work/app" "$@"; }
git init -q --bare -b main "$work/origin.git"
git clone -q "$work/origin.git" "$work/app" 2>/dev/null
mkdir -p "$work/app/services/api" "$work/app/services/web" "$work/app/k8s/prod" "$work/app/docs"
printf 'FROM scratch\nCOPY app.txt /app.txt\n' > "$work/app/services/api/Dockerfile"
printf 'FROM scratch\nCOPY app.txt /app.txt\n' > "$work/app/services/web/Dockerfile"
echo "api 1" > "$work/app/services/api/app.txt"
echo "web 1" > "$work/app/services/web/app.txt"
echo "# docs" > "$work/app/docs/index.md"
cat > "$work/app/k8s/prod/kustomization.yaml" <<YAML
# Production. ArgoCD watches this file; people edit it too.
apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
resources:
  - deployment.yaml # not part of the demo

images:
  - name: api # the API server
    newName: $registry/shop/api
    newTag: bootstrap
  - name: web
    newName: $registry/shop/web
    newTag: bootstrap
YAML
g add -A && g commit -qm "initial" && g push -q origin main

images='- name: api
  repository: shop/api
  context: services/api
- name: web
  repository: shop/web
  context: services/web'

# run_action TITLE EVENT_NAME REF SHA PAYLOAD [NAME=VALUE inputs...]
run_action() {
  local title=$1 event=$2 ref=$3 sha=$4 payload=$5; shift 5
  echo
  echo "=== $title"
  printf '%s' "$payload" > "$work/event.json"
  : > "$work/output"; : > "$work/summary"
  local env=()
  # action.yml defaults first, as the runner passes them; the run's own inputs override them.
  while IFS= read -r -d '' kv; do env+=("$kv"); done < <(
    node --input-type=module -e "
      import { readFileSync } from 'node:fs'; import { parse } from '$root/node_modules/yaml/dist/index.js';
      const a = parse(readFileSync('$root/action.yml', 'utf8'));
      for (const [k, v] of Object.entries(a.inputs))
        if (!String(v.default).includes('\${{')) process.stdout.write('INPUT_' + k.toUpperCase() + '=' + v.default + '\0');")
  env+=(GITHUB_WORKSPACE="$work/app" GITHUB_EVENT_NAME="$event" GITHUB_EVENT_PATH="$work/event.json"
    GITHUB_SHA="$sha" GITHUB_REF="$ref" GITHUB_OUTPUT="$work/output" GITHUB_STEP_SUMMARY="$work/summary"
    GITHUB_RUN_NUMBER=1 GITHUB_REPOSITORY=acme/shop RUNNER_TEMP="$work"
    INPUT_IMAGES="$images" INPUT_REGISTRY="$registry" INPUT_OVERLAY=k8s/prod/kustomization.yaml
    INPUT_ENVIRONMENT=prod "INPUT_WRITE-OVERLAY=true" INPUT_COMMIT=true)
  for kv in "$@"; do env+=("INPUT_${kv%%=*}=${kv#*=}"); done
  env -i PATH="$PATH" HOME="$work" DOCKER_HOST="$DOCKER_HOST" DOCKER_CONFIG="$DOCKER_CONFIG" "${env[@]}" \
    node "$root/dist/index.js" > "$work/log" 2>&1 || echo "  (the action failed: exit $?)"
  grep -v '^::debug::' "$work/log" | sed 's/^/  | /' || true
  echo "  outputs:"
  awk '/<<ghadelimiter/ {name=$1; sub(/<<.*/, "", name); getline v; if (name ~ /^(decision|tag|reason|changed|base-rule|overlay-changed|commit-sha)$/) printf "    %-16s %s\n", name, v}' "$work/output"
  g pull -q --rebase origin main 2>/dev/null || true
  echo "  overlay now:"; grep -E 'newTag|digest' "$work/app/k8s/prod/kustomization.yaml" | sed 's/^/    /'
}

push_payload() { printf '{"ref":"refs/heads/main","before":"%s","after":"%s","forced":false,"repository":{"default_branch":"main","full_name":"acme/shop"}}' "$1" "$2"; }
commit_push() { local before; before=$(g rev-parse HEAD); g add -A; g commit -qm "$1"; g push -q origin HEAD:main; echo "$before $(g rev-parse HEAD)"; }

head=$(g rev-parse HEAD)
run_action "0. bootstrap: build both images (mode build)" workflow_dispatch refs/heads/main "$head" '{"repository":{"default_branch":"main","full_name":"acme/shop"}}' MODE=build

echo "api 2" > "$work/app/services/api/app.txt"
read -r before after < <(commit_push "api: new feature")
run_action "1. push that changes api code → build api once; web keeps running its image" push refs/heads/main "$after" "$(push_payload "$before" "$after")"

echo "more docs" >> "$work/app/docs/index.md"
read -r before after < <(commit_push "docs")
run_action "2. docs-only push → skip (nothing but docs is new since what prod runs)" push refs/heads/main "$after" "$(push_payload "$before" "$after")"

echo "replicas: 3" > "$work/app/k8s/prod/replicas.yaml"
read -r before after < <(commit_push "prod: scale up")
run_action "3. push that changes only deploy config → reuse, no build" push refs/heads/main "$after" "$(push_payload "$before" "$after")"

g tag v1.0.0 && g push -q origin v1.0.0
tagged=$(g rev-parse HEAD)
run_action "4. release v1.0.0 → promote the digest built for it (no rebuild)" push refs/tags/v1.0.0 "$tagged" \
  "{\"ref\":\"refs/tags/v1.0.0\",\"before\":\"0000000000000000000000000000000000000000\",\"after\":\"$tagged\",\"repository\":{\"default_branch\":\"main\",\"full_name\":\"acme/shop\"}}" \
  PROMOTE-TAGS=prod
echo "api 3 (broken)" > "$work/app/services/api/app.txt"
read -r before after < <(commit_push "api: risky change")
run_action "5. another api push → build and deploy it" push refs/heads/main "$after" "$(push_payload "$before" "$after")"

run_action "6. manual rollback (tag: previous) → api back to v1.0.0, web untouched" workflow_dispatch refs/heads/main "$(g rev-parse HEAD)" '{"repository":{"default_branch":"main","full_name":"acme/shop"}}' TAG=previous

echo "after the incident" >> "$work/app/docs/index.md"
read -r before after < <(commit_push "docs: incident notes")
run_action "7. docs-only push after the rollback → api stays on v1.0.0 (held until its code changes)" push refs/heads/main "$after" "$(push_payload "$before" "$after")"

echo
echo "=== overlay history on the remote"
git -C "$work/origin.git" log --format='  %h %an: %s' main
echo
echo "=== registry tags (read with the CLI bundle: dist/cli/index.js)"
for repo in api web; do
  echo "  shop/$repo: $(node "$root/dist/cli/index.js" resolve "$registry/shop/$repo:v1.0.0") (v1.0.0)"
done
