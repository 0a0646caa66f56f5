#!/bin/bash
# Runs once, when the PostgreSQL data volume is empty (docker-entrypoint-initdb.d): one database and one
# login role per service and one for Keycloak. Each role owns only its own database; nobody else may connect.
# The passwords come from the container's environment (compose.yaml, from your .env); nothing is stored here.
set -euo pipefail

create() {
  local name="$1" password="$2"
  if [ -z "$password" ]; then
    echo "postgres-init: no password for role $name" >&2
    exit 1
  fi
  # psql variables (:'pw', :"name") quote the values; the password never appears in a command line
  psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres -v name="$name" -v pw="$password" <<'SQL'
CREATE ROLE :"name" LOGIN PASSWORD :'pw';
CREATE DATABASE :"name" OWNER :"name" ENCODING 'UTF8' TEMPLATE template0;
REVOKE ALL ON DATABASE :"name" FROM PUBLIC;
SQL
}

create inventory "${INVENTORY_DB_PASSWORD:-}"
create budget "${BUDGET_DB_PASSWORD:-}"
create workgroup "${WORKGROUP_DB_PASSWORD:-}"
create reporting "${REPORTING_DB_PASSWORD:-}"
create keycloak "${KEYCLOAK_DB_PASSWORD:-}"
