#!/usr/bin/env python3
"""Derives the production realm import from the local realm export (infra/keycloak/souveraen-realm.json).

Production must never import the demo users (`verwaltung`, `ag`, `rat`, password `demo`) nor the local-only
secret of the `portal` client. This script writes infra/deploy/keycloak/souveraen-realm.json:

- `users` removed (people are created in Keycloak or come from the municipality's directory via user federation);
- `portal`: secret, redirect URIs, web origins and post-logout URIs become Keycloak import placeholders
  `${SOUVERAEN_PORTAL_SECRET}` and `${SOUVERAEN_PORTAL_URL}`, resolved from the Keycloak container's environment
  when the realm is imported (`start --import-realm`, only when the realm does not exist yet);
- `cli`: no password grant (direct access grants off); scripts sign in with the OAuth 2.0 device authorization
  grant instead (a person confirms in the browser); machine integrations get their own confidential client with
  a service account, created by the operator;
- every client: no password grant (direct access grants off), `fullScopeAllowed` off — tokens carry only the
  four realm roles the suite knows (`administration`, `workgroup`, `council`, `provider`), mapped explicitly per
  client, the audience `souveraen` every service demands (the clients' audience mapper), and the municipality of
  the user as claim `tenant` (user attribute, editable by realm administrators only; the script fails without it);
- `sslRequired`: `external` (TLS is terminated at the proxy; Keycloak trusts its X-Forwarded-* headers).

Run from the repository root:  python3 infra/deploy/keycloak/make_prod_realm.py [--check]
--check fails (exit 1) when the committed file is not what the script would write now.
"""
import json
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parents[3]
SOURCE = ROOT / "infra" / "keycloak" / "souveraen-realm.json"
TARGET = ROOT / "infra" / "deploy" / "keycloak" / "souveraen-realm.json"

PORTAL_URL = "${SOUVERAEN_PORTAL_URL}"
PORTAL_SECRET = "${SOUVERAEN_PORTAL_SECRET}"
SUITE_ROLES = ("administration", "workgroup", "council", "provider")


def production_realm(realm: dict) -> dict:
    realm = json.loads(json.dumps(realm))  # deep copy
    realm.pop("users", None)
    realm["sslRequired"] = "external"
    clients = {c["clientId"]: c for c in realm.get("clients", [])}
    missing = {"portal", "cli"} - clients.keys()
    if missing:
        raise SystemExit(f"realm export has no client(s) {sorted(missing)}")
    portal = clients["portal"]
    portal["secret"] = PORTAL_SECRET
    portal["rootUrl"] = PORTAL_URL
    portal["redirectUris"] = [PORTAL_URL + "/*"]
    portal["webOrigins"] = [PORTAL_URL]
    portal.setdefault("attributes", {})["post.logout.redirect.uris"] = PORTAL_URL + "/*"
    cli = clients["cli"]
    cli["directAccessGrantsEnabled"] = False
    cli.setdefault("attributes", {})["oauth2.device.authorization.grant.enabled"] = "true"
    for client in realm.get("clients", []):
        if client["clientId"] not in ("portal", "cli"):
            raise SystemExit(f"unknown client {client['clientId']}: decide how production treats it")
        client["directAccessGrantsEnabled"] = False
        client["fullScopeAllowed"] = False
        audiences = [m["config"].get("included.custom.audience") for m in client.get("protocolMappers", [])
                     if m.get("protocolMapper") == "oidc-audience-mapper"]
        if "souveraen" not in audiences:
            raise SystemExit(f"client {client['clientId']} has no audience mapper for 'souveraen'")
        tenant = [m for m in client.get("protocolMappers", [])
                  if m.get("protocolMapper") == "oidc-usermodel-attribute-mapper"
                  and m["config"].get("claim.name") == "tenant" and m["config"].get("access.token.claim") == "true"]
        if not tenant:
            raise SystemExit(f"client {client['clientId']} has no mapper of the user attribute 'tenant' to the claim")
    realm["scopeMappings"] = [{"client": name, "roles": list(SUITE_ROLES)} for name in ("portal", "cli")]
    return realm


def main() -> int:
    text = json.dumps(production_realm(json.loads(SOURCE.read_text(encoding="utf-8"))), indent=2,
                      ensure_ascii=False) + "\n"
    for forbidden in ("portal-local-secret", '"users"', '"password"', "localhost", "127.0.0.1"):
        if forbidden in text:
            raise SystemExit(f"production realm still contains {forbidden!r}")
    if "--check" in sys.argv:
        if not TARGET.exists() or TARGET.read_text(encoding="utf-8") != text:
            print(f"{TARGET} is out of date: run python3 {pathlib.Path(__file__).relative_to(ROOT)}")
            return 1
        print(f"{TARGET.relative_to(ROOT)} is up to date")
        return 0
    TARGET.write_text(text, encoding="utf-8")
    print(f"wrote {TARGET.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
