# Sourced by .ci/run: makes sure of a Node.js line the way a CI's setup-node step does, from the
# npm registry's node-<os>-<arch> package (the official binary, with the headers node-gyp needs
# in its include/), kept in a cache folder outside the clone so later runs reuse it.
#   use_node 24         the machine's node when it is already on that line, else that line's
#                       newest release: first on PATH, npm_config_nodedir set, for this shell
#   with_node 26 CMD    runs CMD with that line's node first on PATH, the shell's left alone

node_cache="${XDG_CACHE_HOME:-$HOME/.cache}/net3-portal/node"

# Prints the folder holding bin/node and include/ for a version spec (24, 22.12.0, 26).
node_folder() {
  local spec="$1" os arch package version folder
  case "$(uname -s)" in Linux) os=linux ;; Darwin) os=darwin ;; *) os=unsupported ;; esac
  case "$(uname -m)" in x86_64 | amd64) arch=x64 ;; aarch64 | arm64) arch=arm64 ;; *) arch=unsupported ;; esac
  package="node-$os-$arch"
  # One matching version prints bare; several print as `name@version 'version'` lines.
  version="$(npm view "$package@$spec" version 2>/dev/null | awk '{ print $NF }' | tr -d "'" | sort -V | tail -n 1)"
  if [ -z "$version" ]; then
    echo "ci: cannot find Node $spec for $os-$arch on the npm registry ($package@$spec)" >&2
    return 1
  fi
  folder="$node_cache/$package-$version"
  if [ ! -x "$folder/bin/node" ]; then
    echo "ci: fetching Node $version ($package@$version from the npm registry) into $folder" >&2
    local work
    work="$(mktemp -d)"
    (cd "$work" && npm pack --silent "$package@$version" >/dev/null && tar -xzf ./*.tgz) || return 1
    mkdir -p "$node_cache" || return 1
    rm -rf "$folder"
    mv "$work/package" "$folder" || return 1
    rm -rf "$work"
  fi
  # Nothing else is trusted: a folder without its node would run the tests under another one.
  [ -x "$folder/bin/node" ] || { echo "ci: no node in $folder" >&2; return 1; }
  echo "$folder"
}

use_node() {
  local spec="$1" current folder
  current="$(node --version 2>/dev/null || echo none)"
  # The machine's own node serves when it is on the line asked for; an older or newer one does not.
  if [ "$(echo "${current#v}" | cut -d. -f1)" = "$spec" ]; then
    echo "ci: using the machine's Node $current (the line .nvmrc names: $spec)" >&2
    return 0
  fi
  folder="$(node_folder "$spec")" || return 1
  export PATH="$folder/bin:$PATH"
  export npm_config_nodedir="$folder"
  echo "ci: the machine's Node is $current; using Node $(node --version) from $folder" >&2
}

with_node() {
  local spec="$1" folder version
  shift
  folder="$(node_folder "$spec")" || return 1
  version="$("$folder/bin/node" --version)" || return 1
  case "${version#v}" in
    "$spec" | "$spec".*) ;;
    *) echo "ci: asked for Node $spec, found $version in $folder" >&2; return 1 ;;
  esac
  echo "ci: running '$*' under Node $version" >&2
  PATH="$folder/bin:$PATH" npm_config_nodedir="$folder" "$@"
}
