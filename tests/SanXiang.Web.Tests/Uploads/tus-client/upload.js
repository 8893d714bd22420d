// Uploads one file to a SanXiang tus endpoint with tus-js-client, in chunks, and prints the
// upload URL on success. Usage: node upload.js <endpoint> <bearer-token> <file> [tenant] [chunk-bytes]
'use strict';
const fs = require('fs');
const path = require('path');
const tus = require('tus-js-client');

const [endpoint, token, file, tenant, chunk] = process.argv.slice(2);
if (!endpoint || !token || !file) {
  console.error('usage: node upload.js <endpoint> <bearer-token> <file> [tenant] [chunk-bytes]');
  process.exit(2);
}

const headers = { Authorization: `Bearer ${token}` };
if (tenant) {
  headers['X-SanXiang-Tenant'] = tenant;
}

const upload = new tus.Upload(fs.createReadStream(file), {
  endpoint,
  headers,
  // A stream has no size of its own; tus needs Upload-Length and a chunk size to read it in parts.
  uploadSize: fs.statSync(file).size,
  chunkSize: Number(chunk || 1024 * 1024),
  retryDelays: [0, 500, 1000],
  metadata: {
    filename: path.basename(file),
    filetype: 'video/mp4',
    kind: '音像',
    step: '现场检查',
    device: '执法记录仪 DSJ-01',
    recordedAt: '2026-03-01T09:30:00+08:00',
    officer: '张三',
  },
  onError(error) {
    console.error(`upload failed: ${error}`);
    process.exit(1);
  },
  onSuccess() {
    console.log(upload.url);
  },
});
upload.start();
