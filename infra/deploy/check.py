#!/usr/bin/env python3
"""Static checks of infra/deploy (no Docker, no cluster, no network): YAML parses, and every variable the
services read in production is set for each service in compose.yaml and kubernetes/, under the same name.

Run from the repository root:  python3 infra/deploy/check.py
"""
import pathlib
import re
import sys

import yaml

ROOT = pathlib.Path(__file__).resolve().parents[2]
DEPLOY = ROOT / "infra" / "deploy"
SERVICES = {"inventory": 8081, "budget": 8082, "workgroup": 8083, "reporting": 8080}
errors = []


def prod_variables(service):
    """${VAR} and ${VAR:default} in %prod entries of the kernel's and the service's configuration."""
    files = [ROOT / "infra/event-store/src/main/resources/META-INF/microprofile-config.properties",
             ROOT / f"{service}-service/src/main/resources/application.properties"]
    found = set()
    for f in files:
        for line in f.read_text(encoding="utf-8").splitlines():
            if line.startswith("%prod."):
                found |= set(re.findall(r"\$\{([A-Z0-9_]+)(?::[^}]*)?\}", line))
    return found


def port_of(service):
    text = (ROOT / f"{service}-service/src/main/resources/application.properties").read_text(encoding="utf-8")
    return int(re.search(r"^quarkus\.http\.port=(\d+)", text, re.M).group(1))


def kernel_keys(interface, prefix):
    """The environment names of the settings of one KernelConfig group, e.g. Outbox -> SOUVERAEN_OUTBOX_*."""
    java = (ROOT / "infra/event-store/src/main/java/de/souveraen/eventstore/quarkus/KernelConfig.java").read_text()
    group = java[java.index(f"interface {interface}"):]
    group = group[:group.index("\n    }")]
    names = re.findall(r"\s(\w+)\(\);", group)
    return {prefix + re.sub(r"([A-Z])", r"_\1", n).upper() for n in names}


def kernel_outbox_keys():
    return kernel_keys("Outbox", "SOUVERAEN_OUTBOX_")


docs = {}
for path in sorted(DEPLOY.rglob("*.yaml")):
    try:
        docs[path] = [d for d in yaml.safe_load_all(path.read_text(encoding="utf-8")) if d is not None]
    except yaml.YAMLError as e:
        errors.append(f"{path.relative_to(ROOT)}: {e}")

compose = docs[DEPLOY / "compose.yaml"][0]
k8s = [d for p, ds in docs.items() if "kubernetes" in p.parts for d in ds]
config_maps = {d["metadata"]["name"]: d["data"] for d in k8s if d["kind"] == "ConfigMap"}
outbox_keys = kernel_outbox_keys()
tenancy_keys = kernel_keys("Tenancy", "SOUVERAEN_TENANCY_")

for service, expected_port in SERVICES.items():
    needed = prod_variables(service) | {"QUARKUS_HTTP_HOST"}
    if port_of(service) != expected_port:
        errors.append(f"{service}: port {port_of(service)} in application.properties, {expected_port} here")
    # compose
    env = compose["services"][service]["environment"]
    for var in sorted(needed - env.keys()):
        errors.append(f"compose.yaml {service}: {var} not set")
    if env.get("QUARKUS_HTTP_HOST") != "0.0.0.0":
        errors.append(f"compose.yaml {service}: QUARKUS_HTTP_HOST must be 0.0.0.0")
    for var in (k for k in env if k.startswith("SOUVERAEN_OUTBOX_")):
        if var not in outbox_keys:
            errors.append(f"compose.yaml {service}: {var} is no souveraen.outbox.* setting of KernelConfig")
    # many municipalities: every service is told whether a token must name its municipality
    for var in (k for k in env if k.startswith("SOUVERAEN_TENANCY_")):
        if var not in tenancy_keys:
            errors.append(f"compose.yaml {service}: {var} is no souveraen.tenancy.* setting of KernelConfig")
    if "SOUVERAEN_TENANCY_CLAIM_REQUIRED" not in env:
        errors.append(f"compose.yaml {service}: SOUVERAEN_TENANCY_CLAIM_REQUIRED not set")
    if f"/{service}" not in env.get("SOUVERAEN_DB_URL", "") or f"/{service}" not in env.get("SOUVERAEN_JDBC_URL", ""):
        errors.append(f"compose.yaml {service}: database URLs do not name database {service}")
    if str(expected_port) not in str(compose["services"][service]["healthcheck"]["test"]):
        errors.append(f"compose.yaml {service}: health check not on port {expected_port}")
    # kubernetes
    deployment = next(d for d in k8s if d["kind"] == "Deployment" and d["metadata"]["name"] == service)
    container = deployment["spec"]["template"]["spec"]["containers"][0]
    have = {e["name"] for e in container.get("env", [])}
    for ref in container.get("envFrom", []):
        have |= config_maps[ref["configMapRef"]["name"]].keys()
    for var in sorted(needed - have):
        errors.append(f"kubernetes {service}: {var} not set")
    for var in (k for k in have if k.startswith("SOUVERAEN_OUTBOX_")):
        if var not in outbox_keys:
            errors.append(f"kubernetes {service}: {var} is no souveraen.outbox.* setting of KernelConfig")
    for var in (k for k in have if k.startswith("SOUVERAEN_TENANCY_")):
        if var not in tenancy_keys:
            errors.append(f"kubernetes {service}: {var} is no souveraen.tenancy.* setting of KernelConfig")
    if "SOUVERAEN_TENANCY_CLAIM_REQUIRED" not in have:
        errors.append(f"kubernetes {service}: SOUVERAEN_TENANCY_CLAIM_REQUIRED not set")
    if container["ports"][0]["containerPort"] != expected_port:
        errors.append(f"kubernetes {service}: containerPort is not {expected_port}")
    probes = {container[p]["httpGet"]["path"] for p in ("livenessProbe", "readinessProbe")}
    if probes != {"/q/health/live", "/q/health/ready"}:
        errors.append(f"kubernetes {service}: probes {probes}")
    sc = container["securityContext"]
    if not (sc.get("readOnlyRootFilesystem") and sc.get("allowPrivilegeEscalation") is False
            and deployment["spec"]["template"]["spec"]["securityContext"].get("runAsNonRoot")):
        errors.append(f"kubernetes {service}: not non-root with a read-only root filesystem")

# writing services: replication factor 3; topics and dead-letter topics with unlimited retention
topics = {d["spec"]["topicName"]: d["spec"] for d in k8s if d["kind"] == "KafkaTopic"}
for service in ("inventory", "budget", "workgroup", "reporting"):
    props = (ROOT / f"{service}-service/src/main/resources/application.properties").read_text(encoding="utf-8")
    topic = re.search(r"^souveraen\.outbox\.topic=(.+)$", props, re.M).group(1).strip()
    for name in (topic, topic + ".dlt"):
        spec = topics.get(name)
        if not spec or spec["replicas"] != 3 or str(spec["config"]["retention.ms"]) != "-1":
            errors.append(f"kubernetes: KafkaTopic {name} missing or not RF 3 with retention -1")
        if name not in compose["services"]["kafka-topics"]["command"][0]:
            errors.append(f"compose.yaml: topic {name} not created by kafka-topics")
    if compose["services"][service]["environment"].get("SOUVERAEN_OUTBOX_REPLICATION_FACTOR") != "3":
        errors.append(f"compose.yaml {service}: SOUVERAEN_OUTBOX_REPLICATION_FACTOR is not 3")
if config_maps["souveraen-outbox"].get("SOUVERAEN_OUTBOX_REPLICATION_FACTOR") != "3":
    errors.append("kubernetes: SOUVERAEN_OUTBOX_REPLICATION_FACTOR is not 3")

# the reporting service's consumer group, as the README describes it
reporting = (ROOT / "reporting-service/src/main/resources/application.properties").read_text(encoding="utf-8")
if "smallrye-kafka.group.id=souveraen-reporting" not in reporting:
    errors.append("reporting: consumer group is no longer souveraen-reporting: update README and manifests")

# kustomization lists every manifest except the Secret example
listed = set(docs[DEPLOY / "kubernetes/kustomization.yaml"][0]["resources"])
present = {p.name for p in (DEPLOY / "kubernetes").glob("*.yaml")} - {"kustomization.yaml", "secrets.example.yaml"}
if listed != present:
    errors.append(f"kustomization.yaml resources {sorted(listed ^ present)} differ from the files")

for e in errors:
    print("FAIL", e)
print(f"{len(docs)} YAML files parsed, {len(errors)} problem(s)")
sys.exit(1 if errors else 0)
