#!/usr/bin/env bash
# Validates docker/compose.yml with whichever Compose is installed (v2 plugin or v1).
set -euo pipefail
export POSTGRES_PASSWORD="${POSTGRES_PASSWORD:-check}" KEYCLOAK_ADMIN_PASSWORD="${KEYCLOAK_ADMIN_PASSWORD:-check}" SMTP_URL="${SMTP_URL:-smtp://relay.check:587}"
if docker compose version >/dev/null 2>&1; then
  docker compose -f docker/compose.yml config --quiet
elif command -v docker-compose >/dev/null 2>&1; then
  docker-compose -f docker/compose.yml config --quiet
else
  echo "Neither 'docker compose' nor 'docker-compose' is installed." >&2
  exit 1
fi
echo "docker/compose.yml is valid."
