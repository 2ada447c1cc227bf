#!/usr/bin/env bash
# Backs up Zhenggai into one archive: the database and the evidence files.
#
#   scripts/backup.sh [TARGET_DIR]        (default: ./backups)
#
# Reads the same environment as the server:
#   embedded default:  ZHENGGAI_DATA_DIR (default ./data); the server must be stopped, since the
#                      embedded database is one file the running server writes to.
#   PostgreSQL:        SPRING_PROFILES_ACTIVE=postgres, ZHENGGAI_DB_URL, ZHENGGAI_DB_USER,
#                      ZHENGGAI_DB_PASSWORD; taken with pg_dump while the server runs.
# Evidence files under the data folder are included; an S3 bucket is backed up by the store itself
# (versioning or replication), not here.
# Prints the archive's path on the last line.
set -euo pipefail

# Whether a running process (the server) has the embedded database file open; Linux's /proc tells.
server_holds() {
  [ -d /proc/self/fd ] || return 1
  local holders
  holders="$(find /proc/[0-9]*/fd -lname "$1" 2>/dev/null || true)"
  [ -n "$holders" ]
}

target="${1:-./backups}"
data="${ZHENGGAI_DATA_DIR:-./data}"
stamp="$(date -u +%Y%m%d-%H%M%S)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

postgres=false
case ",${SPRING_PROFILES_ACTIVE:-}," in *,postgres,*) postgres=true ;; esac

mkdir -p "$target" "$work/zhenggai"
{
  echo "created=$stamp"
  echo "database=$([ "$postgres" = true ] && echo postgresql || echo embedded)"
} > "$work/zhenggai/MANIFEST"

if [ "$postgres" = true ]; then
  url="${ZHENGGAI_DB_URL:-jdbc:postgresql://127.0.0.1:5432/zhenggai}"
  url="${url#jdbc:}"
  url="${url%%\?*}"
  PGUSER="${ZHENGGAI_DB_USER:-postgres}" PGPASSWORD="${ZHENGGAI_DB_PASSWORD:-}" \
    pg_dump --format=custom --no-owner --file="$work/zhenggai/database.dump" "$url"
  if [ -d "$data/files" ]; then
    cp -a "$data/files" "$work/zhenggai/files"
  fi
else
  db="$data/db/zhenggai.mv.db"
  if [ ! -f "$db" ]; then
    echo "backup: no embedded database at $db (set ZHENGGAI_DATA_DIR)" >&2
    exit 2
  fi
  db_real="$(cd "$(dirname "$db")" && pwd -P)/$(basename "$db")"
  if server_holds "$db_real"; then
    echo "backup: the server is running on $db; stop it first (the embedded database is copied as a file)" >&2
    exit 3
  fi
  cp -a "$data/db" "$work/zhenggai/db"
  if [ -d "$data/files" ]; then
    cp -a "$data/files" "$work/zhenggai/files"
  fi
fi

archive="$target/zhenggai-$stamp.tar.gz"
tar -czf "$archive" -C "$work" zhenggai
echo "$archive"
