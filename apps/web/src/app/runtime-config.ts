/** Settings the API publishes at /config.json, so one build runs against any identity provider. */
export interface RuntimeConfig {
  oidc: { authority: string; clientId: string; scope: string };
  attachments?: { maxMb: number };
}

/** The largest file that can be attached (MB), as the API serving this app says (read with the configuration, before the app renders). */
export let attachmentMaxMb = 25;

export async function loadRuntimeConfig(url = '/config.json'): Promise<RuntimeConfig> {
  const response = await fetch(url, { headers: { accept: 'application/json' } });
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  const config = (await response.json()) as RuntimeConfig;
  attachmentMaxMb = config.attachments?.maxMb ?? attachmentMaxMb;
  return config;
}
