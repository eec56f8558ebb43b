/** Settings the API publishes at /config.json, so one build runs against any identity provider. */
export interface RuntimeConfig {
  oidc: { authority: string; clientId: string; scope: string };
}

export async function loadRuntimeConfig(url = '/config.json'): Promise<RuntimeConfig> {
  const response = await fetch(url, { headers: { accept: 'application/json' } });
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return (await response.json()) as RuntimeConfig;
}
