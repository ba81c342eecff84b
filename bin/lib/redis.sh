# shellcheck shell=bash
# Sourced by bin/up and bin/test-all: make sure a Redis answers at
# REDIS_HOST:REDIS_PORT (environment, else .env, else 127.0.0.1:6379).
#
# When none answers and the address is this host, start a private
# `redis-server` for this session (installing Debian's package first when we
# are root and apt exists) and stop it when the calling script exits.
# Otherwise stop with what to install.

redis_setting() {
  local name=$1 fallback=$2 value=${!1:-}
  if [[ -z "$value" && -f .env ]]; then
    value=$(sed -n "s/^$name=//p" .env | tail -n 1)
  fi
  printf '%s' "${value:-$fallback}"
}

# True when something speaking RESP answers on host:port (+PONG, or -NOAUTH
# when a password is set: either way a Redis is there).
redis_answers() {
  local reply
  reply=$(timeout 2 bash -c "exec 3<>/dev/tcp/$1/$2 && printf 'PING\r\n' >&3 && head -c 1 <&3" 2>/dev/null) || return 1
  [[ "$reply" == "+" || "$reply" == "-" ]]
}

ensure_redis() {
  local host port
  host=$(redis_setting REDIS_HOST 127.0.0.1)
  port=$(redis_setting REDIS_PORT 6379)
  redis_answers "$host" "$port" && return 0

  case "$host" in
    127.0.0.1 | localhost | ::1) ;;
    *)
      echo "No Redis answers at $host:$port (REDIS_HOST/REDIS_PORT). Start that Redis, or point REDIS_HOST at one." >&2
      exit 1
      ;;
  esac

  if ! command -v redis-server >/dev/null; then
    if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null; then
      printf '\033[1m==> %s\033[0m\n' "No Redis on $host:$port: installing Debian's redis-server"
      apt-get update -qq
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends redis-server >/dev/null
    else
      echo "No Redis answers at $host:$port and redis-server is not installed." >&2
      echo "Install Redis 7 (Debian/Ubuntu: sudo apt-get install redis-server; macOS: brew install redis)," >&2
      echo "or start one and set REDIS_HOST/REDIS_PORT in .env." >&2
      exit 1
    fi
  fi

  printf '\033[1m==> %s\033[0m\n' "Starting a local redis-server on 127.0.0.1:$port for this session (log: tmp/redis.log)"
  mkdir -p tmp
  redis-server --bind 127.0.0.1 --port "$port" --save "" --appendonly no \
    --dir "$PWD/tmp" --logfile "$PWD/tmp/redis.log" &
  WAYBILL_REDIS_PID=$!
  # shellcheck disable=SC2064
  trap "kill -TERM $WAYBILL_REDIS_PID 2>/dev/null || true" EXIT
  for _ in $(seq 1 50); do
    redis_answers 127.0.0.1 "$port" && return 0
    sleep 0.1
  done
  echo "redis-server did not start; see tmp/redis.log" >&2
  exit 1
}
