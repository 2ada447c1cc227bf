#!/usr/bin/env bash
# Restores an archive made by scripts/backup.sh, replacing what is there now.
#
#   scripts/restore.sh ARCHIVE
#
# Same environment as the server and the backup. Stop the server (every node) first.
#   embedded default:  the data folder's db/ and files/ are replaced by the archive's.
#   PostgreSQL:        the database's objects are dropped and restored with pg_restore; evidence
#                      files in the archive go back under ZHENGGAI_DATA_DIR/files.
set -euo pipefail

# Whether a running process (the server) has the embedded database file open; Linux's /proc tells.
server_holds() {
  [ -d /proc/self/fd ] || return 1
  local holders
  holders="$(find /proc/[0-9]*/fd -lname "$1" 2>/dev/null || true)"
  [ -n "$holders" ]
}

archive="${1:?usage: scripts/restore.sh ARCHIVE}"
data="${ZHENGGAI_DATA_DIR:-./data}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

tar -xzf "$archive" -C "$work"
if [ ! -f "$work/zhenggai/MANIFEST" ]; then
  echo "restore: $archive is not a Zhenggai backup (no MANIFEST)" >&2
  exit 2
fi
kind="$(sed -n 's/^database=//p' "$work/zhenggai/MANIFEST")"

postgres=false
case ",${SPRING_PROFILES_ACTIVE:-}," in *,postgres,*) postgres=true ;; esac
if [ "$kind" = postgresql ] && [ "$postgres" != true ]; then
  echo "restore: $archive holds a PostgreSQL dump; set SPRING_PROFILES_ACTIVE=postgres and ZHENGGAI_DB_URL" >&2
  exit 2
fi
if [ "$kind" = embedded ] && [ "$postgres" = true ]; then
  echo "restore: $archive holds the embedded database; unset SPRING_PROFILES_ACTIVE to restore it" >&2
  exit 2
fi

if [ "$kind" = postgresql ]; then
  url="${ZHENGGAI_DB_URL:-jdbc:postgresql://127.0.0.1:5432/zhenggai}"
  url="${url#jdbc:}"
  url="${url%%\?*}"
  PGUSER="${ZHENGGAI_DB_USER:-postgres}" PGPASSWORD="${ZHENGGAI_DB_PASSWORD:-}" \
    pg_restore --clean --if-exists --no-owner --single-transaction --dbname="$url" "$work/zhenggai/database.dump"
else
  db="$data/db/zhenggai.mv.db"
  if [ -f "$db" ]; then
    db_real="$(cd "$(dirname "$db")" && pwd -P)/$(basename "$db")"
    if server_holds "$db_real"; then
      echo "restore: the server is running on $db; stop it first" >&2
      exit 3
    fi
  fi
  mkdir -p "$data"
  rm -rf "$data/db" "$data/files"
  cp -a "$work/zhenggai/db" "$data/db"
fi

if [ -d "$work/zhenggai/files" ]; then
  mkdir -p "$data"
  rm -rf "$data/files"
  cp -a "$work/zhenggai/files" "$data/files"
fi
echo "restored $archive ($kind)"
