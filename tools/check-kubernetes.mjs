// Validates docker/kubernetes offline: every manifest against the Kubernetes
// schemas of the `kubernetes-models` package (no cluster, no network), and the
// rules that tie them together — selectors that find the pods, probes on the
// API's health routes, a grace period longer than preStop plus the in-flight
// timeout, the database secret the operator's cluster writes.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';

const dir = join(import.meta.dirname, '..', 'docker', 'kubernetes');
const MODELS = {
  'v1/ConfigMap': 'kubernetes-models/v1/ConfigMap',
  'v1/Service': 'kubernetes-models/v1/Service',
  'v1/ServiceAccount': 'kubernetes-models/v1/ServiceAccount',
  'apps/v1/Deployment': 'kubernetes-models/apps/v1/Deployment',
  'policy/v1/PodDisruptionBudget': 'kubernetes-models/policy/v1/PodDisruptionBudget',
  'autoscaling/v2/HorizontalPodAutoscaler': 'kubernetes-models/autoscaling/v2/HorizontalPodAutoscaler',
};
/** Custom resources of operators the manifests rely on: the fields checked by hand (their schemas live in the operator). */
const CUSTOM = {
  'postgresql.cnpg.io/v1/Cluster': (doc) => [doc.spec?.instances >= 1 || 'spec.instances must be at least 1', typeof doc.spec?.storage?.size === 'string' || 'spec.storage.size is required'],
};

const problems = [];
const docs = [];
for (const file of readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).sort()) {
  for (const parsed of parseAllDocuments(readFileSync(join(dir, file), 'utf8'))) {
    if (parsed.errors.length) problems.push(`${file}: ${parsed.errors[0].message}`);
    const doc = parsed.toJS();
    if (doc) docs.push({ file, doc });
  }
}

for (const { file, doc } of docs) {
  const type = `${doc.apiVersion}/${doc.kind}`;
  const where = `${file} ${doc.kind} ${doc.metadata?.name}`;
  if (CUSTOM[type]) {
    for (const result of CUSTOM[type](doc)) if (result !== true) problems.push(`${where}: ${result}`);
    continue;
  }
  if (!MODELS[type]) {
    problems.push(`${where}: no schema for ${type} here; add it to tools/check-kubernetes.mjs`);
    continue;
  }
  const { [doc.kind]: Model } = await import(MODELS[type]);
  try {
    new Model(doc).validate();
  } catch (error) {
    problems.push(`${where}: ${error.message}`);
  }
}

const of = (kind, name) => docs.map((d) => d.doc).find((d) => d.kind === kind && (!name || d.metadata.name === name));
const matches = (selector, labels) => Object.entries(selector ?? {}).every(([k, v]) => labels?.[k] === v);
const deployment = of('Deployment', 'grensportaal-api');
if (!deployment) problems.push('no Deployment grensportaal-api');
else {
  const pod = deployment.spec.template;
  const api = pod.spec.containers.find((c) => c.name === 'api');
  const config = of('ConfigMap', 'grensportaal-api')?.data ?? {};
  const check = (ok, message) => ok || problems.push(message);
  check(matches(deployment.spec.selector.matchLabels, pod.metadata.labels), 'the Deployment selector does not match its pods');
  check(matches(of('Service', 'grensportaal-api')?.spec.selector, pod.metadata.labels), 'the Service does not select the API pods');
  check(matches(of('PodDisruptionBudget')?.spec.selector.matchLabels, pod.metadata.labels), 'the PodDisruptionBudget does not select the API pods');
  check(of('HorizontalPodAutoscaler')?.spec.scaleTargetRef.name === deployment.metadata.name, 'the HorizontalPodAutoscaler does not scale the API Deployment');
  check(of('PodDisruptionBudget')?.spec.minAvailable < (of('HorizontalPodAutoscaler')?.spec.minReplicas ?? deployment.spec.replicas), 'the PodDisruptionBudget would block every voluntary disruption');
  check(api?.readinessProbe?.httpGet?.path === '/health/ready', 'readiness must probe /health/ready');
  check(api?.livenessProbe?.httpGet?.path === '/health/live', 'liveness must probe /health/live (never the database)');
  check(api?.resources?.requests?.cpu && api?.resources?.requests?.memory, 'the API container needs resource requests (the autoscaler counts against them)');
  const preStop = Number(api?.lifecycle?.preStop?.exec?.command?.at(-1) ?? 0);
  const inFlight = (Number(config.SHUTDOWN_DRAIN_MS ?? 5000) + Number(config.SHUTDOWN_TIMEOUT_MS ?? 10000)) / 1000;
  check(preStop > 0, 'the API container needs a preStop that waits while the pod leaves the Service');
  check(pod.spec.terminationGracePeriodSeconds > preStop + inFlight, `terminationGracePeriodSeconds must exceed preStop (${preStop} s) + drain and in-flight timeout (${inFlight} s)`);
  const secret = api?.env?.find((e) => e.name === 'DATABASE_URL')?.valueFrom?.secretKeyRef;
  const cluster = of('Cluster');
  check(!cluster || secret?.name === `${cluster.metadata.name}-app`, 'DATABASE_URL must come from the secret <cluster>-app that CloudNativePG writes');
  check(/\/realms\/[^/]+$/.test(config.OIDC_ISSUER ?? ''), 'OIDC_ISSUER must be a Keycloak realm URL');
}

if (problems.length) {
  console.error(`docker/kubernetes: ${problems.length} problem(s)\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  process.exit(1);
}
console.log(`docker/kubernetes: ${docs.length} manifests valid (Kubernetes schemas of kubernetes-models) and consistent`);
