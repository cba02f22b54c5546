/**
 * curl: the signed request as a POSIX shell script with openssl (reference §11). The body is
 * written to a file once; the same bytes are signed (base64 inside the message) and sent with
 * `--data-binary @file`, so the signature always matches what the server receives.
 */
import { serializeSpec, type SessionSpec } from '../spec/index';

const DELIMITER = 'YOTI_SESSION_SPEC_JSON';

/** The shell script. */
export function curlCode(spec: SessionSpec): string {
  const body = serializeSpec(spec);
  return `#!/usr/bin/env bash
# Creates a Yoti IDV session with curl and openssl: the request is signed as the SDKs sign it.
# Run: YOTI_CLIENT_SDK_ID=... YOTI_KEY_FILE_PATH=/path/to/key.pem bash create-session.sh
# YOTI_IDV_API_URL overrides the API base (default https://api.yoti.com/idverify/v1).
set -euo pipefail

: "\${YOTI_CLIENT_SDK_ID:?set YOTI_CLIENT_SDK_ID to your Yoti Hub SDK ID}"
: "\${YOTI_KEY_FILE_PATH:?set YOTI_KEY_FILE_PATH to your PEM key file}"
api_url="\${YOTI_IDV_API_URL:-https://api.yoti.com/idverify/v1}"

body_file="$(mktemp)"
response_file="$(mktemp)"
trap 'rm -f "$body_file" "$response_file"' EXIT

# The session specification: these exact bytes are signed and sent.
cat > "$body_file" <<'${DELIMITER}'
${body}
${DELIMITER}

# A random UUID as nonce, and the time in milliseconds since the epoch.
hex="$(openssl rand -hex 16)"
nonce="\${hex:0:8}-\${hex:8:4}-\${hex:12:4}-\${hex:16:4}-\${hex:20:12}"
timestamp="$(( $(date +%s) * 1000 ))"
path_and_query="/sessions?sdkId=\${YOTI_CLIENT_SDK_ID}&nonce=\${nonce}&timestamp=\${timestamp}"

# X-Yoti-Auth-Digest: base64 of RSA-SHA256 (PKCS#1 v1.5) over "POST&<path?query>&<base64 body>".
digest="$(
  {
    printf 'POST&%s&' "$path_and_query"
    openssl base64 -A < "$body_file"
  } | openssl dgst -sha256 -sign "$YOTI_KEY_FILE_PATH" | openssl base64 -A
)"

status="$(
  curl --silent --show-error --output "$response_file" --write-out '%{http_code}' \\
    --request POST "\${api_url%/}\${path_and_query}" \\
    --header 'Content-Type: application/json' \\
    --header 'Accept: application/json' \\
    --header "X-Yoti-Auth-Digest: \${digest}" \\
    --data-binary "@\${body_file}"
)"

if [ "\${status:0:1}" != "2" ]; then
  echo "Yoti answered HTTP \${status}:" >&2
  cat "$response_file" >&2
  exit 1
fi

field() { sed -n "s/.*\\"$1\\"[[:space:]]*:[[:space:]]*\\"\\([^\\"]*\\)\\".*/\\1/p" "$response_file"; }
echo "Session ID: $(field session_id)"
echo "Client session token: $(field client_session_token)"
`;
}
