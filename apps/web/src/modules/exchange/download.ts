/** The file name a download response gives (Content-Disposition): the UTF-8 name (RFC 6266 filename*) before the ASCII fallback, else `fallback`. */
function fileNameOf(res: Response, fallback: string): string {
  const header = res.headers.get('content-disposition') ?? '';
  const extended = /filename\*=UTF-8''([^;]+)/i.exec(header);
  if (extended) return decodeURIComponent(extended[1]);
  const match = /filename="?([^";]+)"?/.exec(header);
  return match ? decodeURIComponent(match[1]) : fallback;
}

/** Hands a downloaded body to the browser as a file to save. */
export function saveFile(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** GETs a file of the API with the user's token (as for GraphQL) and saves it; rejects with the API's error code. */
export async function downloadFile(path: string, token: string | undefined, language: string, fallback: string, signal?: AbortSignal): Promise<string> {
  const res = await fetch(path, { headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), 'accept-language': language }, signal });
  if (!res.ok) {
    const body = (await res.json().catch(() => null)) as { errors?: Array<{ extensions?: { code?: string } }> } | null;
    throw new Error(body?.errors?.[0]?.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
  }
  const name = fileNameOf(res, fallback);
  saveFile(await res.blob(), name);
  return name;
}
