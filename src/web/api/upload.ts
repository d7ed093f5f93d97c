import { ApiError, apiErrorFrom, NETWORK_MESSAGE, requestJson } from "./http.ts";

export interface MultipartPart {
  name: string;
  value: string | File;
}

export interface UploadOptions {
  url: string;
  parts: MultipartPart[];
  headers?: Record<string, string>;
  /** Bytes of the request body sent so far, and the total. */
  onProgress?: (loaded: number, total: number) => void;
  signal?: AbortSignal;
}

function parseJson(text: string): unknown {
  try {
    return text ? JSON.parse(text) : null;
  } catch {
    return text;
  }
}

/**
 * POSTs multipart/form-data with XMLHttpRequest, because fetch cannot report upload progress.
 * Resolves with the parsed JSON of a 2xx answer; rejects with ApiError otherwise.
 */
export function uploadMultipart(options: UploadOptions): Promise<unknown> {
  const form = new FormData();
  for (const part of options.parts) form.append(part.name, part.value);
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", options.url);
    xhr.withCredentials = true;
    xhr.setRequestHeader("accept", "application/json");
    for (const [name, value] of Object.entries(options.headers ?? {})) xhr.setRequestHeader(name, value);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) options.onProgress?.(event.loaded, event.total);
    };
    xhr.onload = () => {
      const body = parseJson(xhr.responseText);
      if (xhr.status >= 200 && xhr.status < 300) resolve(body);
      else reject(apiErrorFrom(xhr.status, body));
    };
    xhr.onerror = () => reject(new ApiError(0, "network_error", NETWORK_MESSAGE, {}));
    xhr.onabort = () => reject(new ApiError(0, "aborted", "The upload was cancelled.", {}));
    options.signal?.addEventListener("abort", () => xhr.abort());
    xhr.send(form);
  });
}

/** A text someone sends (an appeal, an answer) with the evidence files attached to it. */
export interface TextWithEvidence {
  text: string;
  files: File[];
  onProgress?: (loaded: number, total: number) => void;
}

interface PostWithEvidenceOptions {
  url: string;
  /** The name of the multipart part that carries the JSON body, e.g. "appeal". */
  jsonPart: string;
  body: unknown;
  files: File[];
  onProgress?: (loaded: number, total: number) => void;
}

/**
 * POSTs the body as JSON when no file is attached; otherwise as multipart/form-data (the JSON in its own
 * part, then one `evidence` part per file), with upload progress.
 */
export function postWithEvidence({ url, jsonPart, body, files, onProgress }: PostWithEvidenceOptions) {
  if (files.length === 0) return requestJson(url, { method: "POST", body });
  return uploadMultipart({
    url,
    parts: [
      { name: jsonPart, value: JSON.stringify(body) },
      ...files.map((file) => ({ name: "evidence", value: file })),
    ],
    onProgress,
  });
}

/**
 * Spreads the overall upload progress over the files in the order they are sent (after the small report
 * part), so that each attached file can show its own bar.
 */
export function progressPerFile(fileSizes: number[], loaded: number, total: number): number[] {
  const payload = fileSizes.reduce((sum, size) => sum + size, 0);
  // Everything that is not file content (the report JSON, part headers) goes first.
  let start = Math.max(0, total - payload);
  return fileSizes.map((size) => {
    const done = size === 0 ? (loaded >= start ? 1 : 0) : (loaded - start) / size;
    start += size;
    return Math.round(Math.min(1, Math.max(0, done)) * 100);
  });
}
