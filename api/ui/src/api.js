// The REST client: JSON in and out, errors as ApiError with the server's code and message.

export class ApiError extends Error {
  constructor(status, code, message, position) {
    super(message);
    this.status = status;
    this.code = code;
    this.position = position || null;
  }
}

const TOKEN_KEY = "dealgraph.token";

export function getToken() {
  try {
    return sessionStorage.getItem(TOKEN_KEY) || "";
  } catch {
    return "";
  }
}

export function setToken(value) {
  try {
    if (value) sessionStorage.setItem(TOKEN_KEY, value);
    else sessionStorage.removeItem(TOKEN_KEY);
  } catch {
    /* storage unavailable: the token lives only in the field */
  }
}

async function request(method, url, body, signal) {
  const headers = { Accept: "application/json" };
  if (body !== undefined) headers["Content-Type"] = "application/json";
  const token = getToken();
  if (token) headers.Authorization = `Bearer ${token}`; // reads may need it too
  let response;
  try {
    response = await fetch(url, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      signal,
    });
  } catch (err) {
    if (err.name === "AbortError") throw err;
    throw new ApiError(0, "network_error", "The server could not be reached.");
  }
  const type = response.headers.get("content-type") || "";
  const payload = type.includes("json") ? await response.json().catch(() => null) : await response.text();
  if (!response.ok) {
    const e = payload && payload.error ? payload.error : {};
    throw new ApiError(
      response.status,
      e.code || `http_${response.status}`,
      e.message || `${response.status} ${response.statusText}`,
      e.position,
    );
  }
  return payload;
}

const enc = encodeURIComponent;

export const api = {
  search: (q, signal, limit = 10) => request("GET", `/api/search?q=${enc(q)}&limit=${limit}`, undefined, signal),
  node: (key) => request("GET", `/api/nodes/${enc(key)}`),
  neighbors: (key, { types, direction = "both", limit = 25, offset = 0 } = {}) => {
    const qs = new URLSearchParams({ direction, limit: String(limit), offset: String(offset) });
    if (types && types.length) qs.set("types", types.join(","));
    return request("GET", `/api/nodes/${enc(key)}/neighbors?${qs}`);
  },
  amendments: (key) => request("GET", `/api/agreements/${enc(key)}/amendments?direction=in&transitive=true`),
  chain: (key) => request("GET", `/api/agreements/${enc(key)}/chain`),
  agreement: (key) => request("GET", `/api/agreements/${enc(key)}`),
  changes: (key) => request("GET", `/api/agreements/${enc(key)}/changes`),
  provisions: (key) => request("GET", `/api/agreements/${enc(key)}/provisions`),
  document: (key) => request("GET", `/api/documents/${enc(key)}`),
  documentText: (key) => request("GET", `/api/documents/${enc(key)}/text`),
  cypher: (query, params) => request("POST", "/api/cypher", { query, params }),
};

export function documentTextUrl(key) {
  return `/api/documents/${enc(key)}/text`;
}
